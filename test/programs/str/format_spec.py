ints = [0, 7, -7, 255, 123456789, -2**40]
specs = ["", "d", "5d", "<5d", "^7d", "=+8d", "08d", "x", "#X", "#o", "b", "#b", ",", "_", "_x", "+", " ", "c" if False else "n", "10,d", "-^12,"]
for v in ints:
    print(v, [format(v, s) for s in specs])
strs = ["", "a", "hello", "héllo"]
for v in strs:
    print([format(v, s) for s in ["", "5", "<5", ">5", "^5", "*^6", ".2", "6.3", "s", "-<4"]])
print(format(65, "c"), format(0x263A, "c"), format(True, ">5"), format(None, ""), format(3.0, "n"))
for bad_spec, value in [("s", 1), ("d", "x"), ("c", -1), (",s", "x"), ("=5", "x"), ("+s", "x"), ("zz", 1), (".2d", 5), ("#c", 65)]:
    try:
        print(format(value, bad_spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(format(1234.5, "_^+15,.2f"), format(-1e-3, "010.2e"), format(12, "#08b"), format(-12, "#08x"))
print(format(2**64, ","), format(10**20, "_d"), format(-(10**20), "x"))
