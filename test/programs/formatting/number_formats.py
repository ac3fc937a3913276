values = [0, 1, -1, 42, 1234567, -98765, 2**40, 3.0, -2.5, 1e-9, 6.02214076e23, float("inf"), float("nan")]
for v in values:
    out = [format(v, "")]
    if isinstance(v, int):
        out += [format(v, ",d"), format(v, "_x"), format(v, "+08d"), format(v, "e"), format(v, ".2%")]
    else:
        out += [format(v, ",.3f"), format(v, ".3e"), format(v, "+g"), format(v, "012.4f"), format(v, ".2%")]
    print(" | ".join(out))
for p in range(0, 18, 3):
    print(p, format(1 / 7, f".{p}f"), format(1 / 7, f".{p}g"), format(10 ** p / 7, f".{p}e") if p < 10 else "")
print(format(0.000001234, "g"), format(0.0001234, "g"), format(123456789.0, "g"), format(1234567.0, "g"))
print(format(100, "n"), format(1e6, "n"), format(1.5, "G"), format(1e-5, "G"), format(255, "#010b"))
