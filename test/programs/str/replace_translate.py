s = "one two one three one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-"), "aaa".replace("a", "b", 0), "abc".replace("", "|", 2))
print(s.replace("one", "1", count=1))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), table)
print("hello world".translate(str.maketrans("", "", "lo")))
print("hello".translate({ord("h"): "J", ord("o"): None, ord("l"): ord("L")}))
print(str.maketrans({"a": "1", "b": None}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(e)
print("abc".translate({97: "AAA"}))
