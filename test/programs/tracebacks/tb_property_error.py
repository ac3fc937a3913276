class C:
    @property
    def value(self):
        return self._value * 2
print(C().value)
