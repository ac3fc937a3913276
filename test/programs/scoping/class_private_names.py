class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
a = Account("ann")
b = Account("bob")
print(a.owner(), Account.count(), sorted(k for k in vars(a)), "_Account__count" in Account.__dict__)
try:
    a.__owner
except AttributeError as e:
    print(e)
print(a._Account__owner)
class Sub(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return f"AttributeError: {e}"
print(Sub("sam").peek())
class Mangle:
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
        self._z = 3
    def names(self):
        return sorted(vars(self))
print(Mangle().names())
def outside():
    class Inner:
        __secret = "s"
        def get(self):
            return self.__secret
    return Inner().get()
print(outside())
