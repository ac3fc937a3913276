class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
d = Dog()
print(d.speak())
Dog.sound = "WOOF"
print(d.speak())
del Dog.sound
print(d.speak())
Animal.speak = lambda self: "patched"
print(d.speak())
Dog.__bases__ = (object,) if False else Dog.__bases__
class Cat:
    def speak(self):
        return "meow"
d.__class__ = type("Hybrid", (Cat,), {})
print(d.speak(), type(d).__name__, isinstance(d, Animal))
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.instances, Sub.instances)
setattr(Counter, "reset", classmethod(lambda cls: setattr(cls, "instances", 0)))
Sub.reset()
print(Counter.instances, Sub.instances, "instances" in Sub.__dict__)
print(sorted(k for k in vars(Sub) if not k.startswith("__")))
