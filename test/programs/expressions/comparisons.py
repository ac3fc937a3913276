print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5.0, 5 != 5)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 < 2, 3 > 2 > 1 > 0)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 == 5.0)
def noisy(v, name):
    print("eval", name)
    return v
print(noisy(1, "a") < noisy(2, "b") < noisy(0, "c") < noisy(9, "d"))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), (2,) > (1, 99))
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
one = 1
print(None is None, None == None, one is not None, [] is not [])
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "bc" in "abcd", "x" not in "abc", 1 in {1: 2}, 2 in {1: 2})
print(float("nan") == float("nan"), float("nan") != float("nan"), float("inf") > 1e308)
print(1 == 1.0 == True, 0 == False == 0.0, 1 + 0j == 1)
try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
try:
    print({1} < {1: 2})
except TypeError as e:
    print(e)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} > {1})
