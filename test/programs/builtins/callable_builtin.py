class C:
    def __call__(self): return 1
class N: pass
def f(): pass
print(callable(f), callable(len), callable(C), callable(C()), callable(N()), callable(1), callable("s"), callable(lambda: 0), callable(str.upper), callable([].append))
obj = N()
obj.__call__ = lambda: 1
print(callable(obj))
try:
    obj()
except TypeError as e:
    print(e)
