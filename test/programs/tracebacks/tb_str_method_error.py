words = "a,b,c".split(",")
print(words.upper())
