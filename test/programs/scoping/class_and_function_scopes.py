def factory(kind):
    class Product:
        label = kind
        def describe(self):
            return f"{self.label} from {kind}"
    return Product
A = factory("alpha")
B = factory("beta")
print(A().describe(), B().describe(), A.__qualname__)
counter = 0
class Tracker:
    counter = 100
    def bump(self):
        global counter
        counter += 1
        return counter, self.counter
print(Tracker().bump(), Tracker().bump(), counter)
def method_sees_module():
    return Tracker.counter
print(method_sees_module())
class Outer:
    value = "outer class value"
    class Inner:
        try:
            seen = value
        except NameError:
            seen = "Inner cannot see Outer's body"
print(Outer.Inner.seen)
