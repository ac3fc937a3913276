values = [2, 1, 0]
inverse = [(lambda x: 10 // x)(v) for v in values]
