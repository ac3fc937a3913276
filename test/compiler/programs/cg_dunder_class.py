class A:
    def who(self):
        return __class__
    def sup(self):
        return super()
    def sup2(self):
        return super(A, self).__class__
    def lam(self):
        return (lambda: __class__)()
    def comp(self):
        return [__class__ for _ in range(1)]
class B(A):
    def who(self):
        return (super().who(), __class__)
print(A().who().__name__, [c.__name__ for c in B().who()])
print(type(A().sup()).__name__, A().sup2().__name__, A().lam().__name__, A().comp()[0].__name__)
class C:
    def m(self):
        super = lambda: "shadowed"
        return super()
print(C().m())
class D(dict):
    def __init__(self, *a):
        super().__init__(*a)
        self["init"] = True
    def keys(self):
        return sorted(super().keys())
print(D({"b": 1}).keys())
class E:
    @staticmethod
    def s():
        return __class__
print(E.s().__name__)
