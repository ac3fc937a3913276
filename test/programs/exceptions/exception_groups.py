eg = ExceptionGroup("group", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup(KeyError)))
print(repr(eg.split(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 1)))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(), KeyError()])
print(repr(mg.subgroup(ValueError)))
