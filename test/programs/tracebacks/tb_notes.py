try:
    raise ValueError("invalid input")
except ValueError as e:
    e.add_note("while processing record 7")
    e.add_note("source: data.csv")
    raise
