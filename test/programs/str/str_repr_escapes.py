samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnewline\ncr\r", "\\backslash", "\x00\x07\x1b\x7f",
           "\x80\x9f\xa0\xad", "é ñ ü", "\u200b\u2028\ufeff", "😀\U0001f9d1", "\ud800", "\U000e0001", "\u0378"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("a" * 3), str("x\ny"), repr(repr("q")))
print("%r" % "é", "{!r}".format("\n"), f"{'é'!a}")
