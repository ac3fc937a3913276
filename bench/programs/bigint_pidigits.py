# Big integers: pidigits (spigot) and big factorial/fibonacci arithmetic.
def pidigits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits
d = pidigits(2500)
print("".join(map(str, d[:30])), sum(d))
f = 1
for i in range(2, 3000):
    f *= i
a, b = 0, 1
for _ in range(20000):
    a, b = b, a + b
print(f % (10**9 + 7), a % (10**9 + 7), f.bit_length(), a.bit_length())
