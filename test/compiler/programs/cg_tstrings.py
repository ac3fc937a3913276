from string.templatelib import Template, Interpolation
name = "x"
t = t"hello {name} and {1+1!r:>5}"
print(type(t).__name__, t.strings, [(i.value, i.expression, i.conversion, i.format_spec) for i in t.interpolations])
t2 = t"{name}{name}"
print(t2.strings)
t3 = t"plain"
print(t3.strings, t3.interpolations)
