print(None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(repr(None), repr(...), repr(NotImplemented), str(Ellipsis))
print(bool(None), bool(...))
a = ()
b = ()
print(a is b, a == b)
x = [1, 2]
y = x
x.append(3)
print(y, x is y)
y = y + [4]
print(x, y, x is y)
print(type(None)() is None)
