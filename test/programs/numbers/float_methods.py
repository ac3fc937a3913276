for v in [0.5, 1.0, -2.75, 0.1, 1e10, 3.0, 1e-10, 1.5e300]:
    print(v, v.as_integer_ratio(), v.hex(), v.is_integer())
for h in ["0x1.8p1", "0x1p-1074", "-0x1.fffffffffffffp1023", "0x0p0", "inf", "0x.8"]:
    print(h, float.fromhex(h))
print(float.fromhex((3.14).hex()) == 3.14)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__name__)
print((7.0).__trunc__(), (7.9).__floor__(), (-7.1).__ceil__(), (2.5).__round__(), (3.5).__round__())
print(float.from_number(5), float.from_number(2.5))
