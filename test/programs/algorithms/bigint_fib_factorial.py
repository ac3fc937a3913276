def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f1000 = fib(1000)
print(len(str(f1000)), str(f1000)[:20], f1000 % 1000000007)
fact = 1
for i in range(2, 301):
    fact *= i
s = str(fact)
print(len(s), s[:30], s.rstrip("0")[-10:], len(s) - len(s.rstrip("0")))
print(sum(int(d) for d in str(2 ** 1000)))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(2 * 10 ** 100))
print(pow(7, 10**20, 10**9 + 7), (3 ** 200) // (2 ** 300), (-7) ** 33)
