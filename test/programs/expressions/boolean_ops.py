print(True and False, True or False, not True, not 0, not [])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and 1, [0] and 1, "a" and "b" and "c", "a" and "" and "c")
def t(name, v):
    print("eval", name)
    return v
print(t("x", 0) and t("y", 1))
print(t("x", 1) or t("y", 1))
print(t("a", 1) and t("b", 0) or t("c", 2))
print(not 1 == 2, not (1 and 0), (not 1) == 2)
x = 5
print(x > 3 and x < 10, x < 3 or x > 4)
print(bool(0.0), bool(-0.0), bool(1e-300), bool(""), bool(" "), bool(()), bool((0,)), bool(range(0)))
