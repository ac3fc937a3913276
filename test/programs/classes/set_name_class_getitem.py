class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    first = Field()
    second = Field()
m = Model()
print(m.first)
m.first = 10
print(m.first, m._first, type(Model.first).__name__)
class Container:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Container[int], Container["x"], Container[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int] == list[int], list[int].__origin__, list[int].__args__)
try:
    int[5]
except TypeError as e:
    print(e)
class NoSetName:
    pass
class Holder:
    x = NoSetName()
late = Field()
Holder.late = late
print(hasattr(late, "name"))
