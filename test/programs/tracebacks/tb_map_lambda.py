words = ["a", "bb", None, "dddd"]
print(list(map(lambda w: len(w), words)))
