z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(complex(1, 2), complex(), complex("1+2j"), complex(" 3-4j "), complex("j"), complex(2.5), complex("-1.5e3j"))
print((1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1 + 1j) ** 2, 2 ** (1j * 0), 1j ** 2)
print(z == 3 + 4j, z != 3, 1 + 0j == 1, complex(0, 0) == 0)
print(repr(1j), repr(-1j), repr(0j), repr(complex(-0.0, -0.0)), repr(complex(1, float("nan"))), repr(complex(float("inf"), 1)))
print(format(z, ""), format(z, ".2f"), format(z, ">20"), f"{z:+.1e}", format(1.5j, "g"))
try:
    z < z
except TypeError as e:
    print(e)
try:
    complex("1+2")
except ValueError as e:
    print(e)
try:
    (1 + 1j) // 2
except TypeError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
print(type(z).__name__, complex("1e3+1e3j"), (2+3j).__complex__() if hasattr(2j, "__complex__") else "")
print(hash(1 + 0j) == hash(1), bool(0j), bool(1j))
