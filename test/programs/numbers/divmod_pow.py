for a in [17, -17]:
    for b in [5, -5]:
        print(a, b, divmod(a, b), a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(2**70, 3**20))
for bad in [(1, 0), (1.0, 0), (0, 0.0)]:
    try:
        divmod(*bad)
    except ZeroDivisionError as e:
        print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
print(pow(2, 5), pow(2, -2), pow(-8, 1/3) if False else pow(-2, 3), pow(2.0, 3), pow(2, 0.5))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(3, -1, 11), pow(38, -1, 97), pow(2, -3, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print((-8) ** (1/3))
print(pow(0, 0), pow(0.0, 0.0), pow(base=2, exp=3, mod=5))
print(10 ** 20 % 7, pow(10, 20, 7), pow(123456789, 987654321, 10**9 + 7))
