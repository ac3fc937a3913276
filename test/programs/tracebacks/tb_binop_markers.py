a = {"k": [1, 2, 3]}
b = None
result = a["k"][0] * 2 + b.value
