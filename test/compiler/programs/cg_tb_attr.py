class A:
    pass
def f(obj):
    return obj.missing_attribute
print("start")
f(A())
