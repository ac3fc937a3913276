s = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), s.replace("l", "L", 2), s.find("W"), s[::-1])
print(", ".join(["a", "b"]), "x".center(5, "*"), "  t ".strip(), s.startswith("He"), s.count("l"))
print("{} {}".format(1, 2), "{a}-{b}".format(a=1, b=2), "{0!r:>6}".format("q"))
print(len(s), s * 2 if len(s) < 5 else s[:3], ord("a"), chr(98))
print(str(1) + str(2.5) + str(None) + repr("q"))
lines = """a
b
c""".splitlines()
print(lines)
