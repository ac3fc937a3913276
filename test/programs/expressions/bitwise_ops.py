for a, b in [(12, 10), (-12, 10), (255, -1), (0, 7), (2**70 + 5, 2**65 - 1)]:
    print(a & b, a | b, a ^ b, ~a)
for s in range(0, 70, 13):
    print(1 << s, -1 << s, (2**80) >> s, (-(2**80)) >> s, -5 >> s)
print(True & False, True | False, True ^ True)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
print(0b1010 ^ 0b0110, 0o17 | 0x10, 0xFF & 0b1111_0000)
