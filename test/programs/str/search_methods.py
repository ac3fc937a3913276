s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 20), s.find("cat"), s.rfind("the"), s.rfind("the", 0, 40))
print(s.index("fox"), s.rindex("o"), s.count("the"), s.count("o"), s.count(""), s.count("o", 20, 40))
try:
    s.index("cat")
except ValueError as e:
    print(e)
try:
    s.rindex("cat")
except ValueError as e:
    print(e)
print(s.startswith("the"), s.startswith(("a", "the")), s.startswith("quick", 4), s.endswith("end"), s.endswith(("x", "d")), s.endswith("dog", 0, 43))
print("".find(""), "abc".find(""), "abc".find("", 10), "abc".rfind(""), "aaa".count("aa"), "".count("a"))
print("abc".find("c", -1), "abc".find("a", -10), "abcabc".rfind("abc", -4))
print("a" in s, "quick brown" in s, "" in "")
try:
    s.startswith(["the"])
except TypeError as e:
    print(e)
