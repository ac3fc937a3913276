for s in ["hello world", "HELLO", "Hello World", "hELLo wORLD", "ß straße", "ǆ title", "123abc", "", "o'neil mc-donald", "ﬁ"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
    print(" ", s.isupper(), s.islower(), s.istitle())
