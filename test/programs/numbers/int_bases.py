n = 1234567890123
for base in range(2, 37):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    x, s = n, ""
    while x:
        s = digits[x % base] + s
        x //= base
    print(base, s, int(s, base) == n, int(s.upper(), base) == n)
for text, base in [("0x1F", 0), ("0o17", 0), ("0b101", 0), ("017", 0), ("0", 0), ("00", 0), ("1_000", 0), ("0x_1f", 0), ("z", 36), ("Z", 36), ("  -0b11  ", 0), ("+12", 10)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError:", e)
print(int("1" * 50, 2), int("7" * 30, 8), int("f" * 40, 16))
