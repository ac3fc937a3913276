s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2), s.rsplit(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), "".split(","), "".split(), "abc".split("abc"))
print("1<>2<>3".split("<>"), "x".split("x"), "aXbXc".split("X", 0), "aXbXc".split("X", -1))
print("line1\nline2\r\nline3\rline4\x0bline5\x1cx\u2028y".splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(str(i) for i in range(3)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
print("a b c".partition(" "), "a b c".rpartition(" "), "abc".partition("x"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(e)
print("a\tb\tc".split("\t", maxsplit=1), "k=v=w".split(sep="=", maxsplit=1))
