def outer(x):
    return inner(x) + 1
def inner(x):
    return helper(x)["key"]
def helper(x):
    return x
print(outer({"key": 1}))
print(outer([1]))
