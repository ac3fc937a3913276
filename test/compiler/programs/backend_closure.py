def outer(a):
    def inner():
        return a + 1
    return inner
print(outer(41)())
