samples = ["Hello, World", "  padded  ", "snake_case_name", "CamelCaseName", "a-b-c", "", "x", "ÄÖÜ äöü", "tab\there", "123"]
for s in samples:
    print(repr(s))
    print("  ", s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize(), sep=" | ")
    print("  ", s.split(), s.split("_"), s.partition(","), s.rpartition("-"), sep=" | ")
    print("  ", repr(s.strip()), s.find("e"), s.count("a"), s.replace("a", "@"), s.center(14, "."), s.zfill(8), sep=" | ")
    print("  ", s.isalpha(), s.isdigit(), s.isspace(), s.istitle(), s.startswith("H"), s.endswith("e"), sep=" | ")
