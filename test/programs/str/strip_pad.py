s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt.bak".rstrip(".bak"))
print("prefix_body".removeprefix("prefix_"), "body_suffix".removesuffix("_suffix"), "abc".removeprefix("x"), "abc".removesuffix(""))
print(repr("hi".center(7)), repr("hi".center(8, "*")), repr("hi".ljust(5, "-")), repr("hi".rjust(5)), repr("long".center(2)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(5), "".zfill(3), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6\n\tx".expandtabs(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
print(repr("\u3000 x \xa0".strip()))
