print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({x % 3 for x in range(10)})
print(sorted({c.upper() for c in "hello world" if c.isalpha()}))
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({(i, j): i * j for i in range(2) for j in range(2)})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({*range(3), *{5}})
nested = {i: {j for j in range(i)} for i in range(4)}
print(nested)
