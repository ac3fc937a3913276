a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b, a - b, a * b)
print(a // b, a % b, b // 7, -a // 7, -a % 7, divmod(b, -a))
print(a >> 100, a << 10, -a >> 150, a & b, a | b, a ^ b, ~a)
print(a ** 2 == a * a, pow(b, 3, 10**9 + 7), pow(2, 10**5, 10**9 + 9))
print(abs(-a), -b, +a, a == 2 ** 200, a > b, a < -b)
f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)))
print(f // 2**40, f % 10**12, hex(f), oct(f)[:20], bin(f)[-10:])
print(int(str(f)) == f, int("9" * 100) + 1 == 10 ** 100)
print(float(2**100), float(-(3**80)), 2**1000 / 2**999, (10**30) / (10**10))
try:
    float(2 ** 2000)
except OverflowError as e:
    print(e)
print(2**64 - 1, -(2**63), 2**63, (2**64 - 1).bit_length())
print((2**100 + 1) * (2**100 - 1) == 2**200 - 1)
print(12345678901234567890 // 1234567890, 12345678901234567890 % 1234567890)
x = 10**50
print(x // 3, x % 3, -x // 3, x // -3)
print((2 ** 127 - 1) % 1000000007, pow(3, 2**70, 2**61 - 1))
print(round(2**100 + 123, -3), round(-(10**20) - 5, -1))
print(sum(range(10**6, 10**6 + 100)) * 10**30)
print(int("-" + "123456789" * 10))
print(max(2**80, 2**79 * 3), min(-2**90, 5))
