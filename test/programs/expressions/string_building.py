parts = []
for i in range(10):
    parts.append(str(i) * (i % 3 + 1))
print("".join(parts), "-".join(parts[:3]), ", ".join(map(repr, parts[:2])))
s = ""
for ch in "hello":
    s = ch + s
print(s)
s += " world"
s *= 2
print(s, len(s))
lines = [f"{i:>3}: {'#' * i}" for i in range(1, 6)]
print("\n".join(lines))
print("%s=%d" % ("x", 5) + "; " + "{}={}".format("y", 6) + "; " + f"{'z'}={7}")
table = str.maketrans("abc", "ABC")
print("aabbcc".translate(table).lower().upper().title().swapcase())
words = "The Quick Brown Fox".split()
print(" ".join(w[::-1] for w in words), "".join(w[0] for w in words), "_".join(words).lower())
print("a" "b" "c", ("x" * 3) + ("y" * 2), str(1) + str(2.0) + str(None) + str([3]))
