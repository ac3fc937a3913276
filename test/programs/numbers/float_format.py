x = 1234.56789
for spec in ["", "f", ".2f", "10.2f", "<10.1f", "^12.3f", "+.1f", " .1f", "e", ".3e", "E", "g", ".3g", "G",
             "%", ".1%", ",", ",.2f", "_.2f", "015.3f", "=+12.2f", "#.0f", ".0e", "n", "r" if False else ".10g"]:
    print(repr(spec), format(x, spec), format(-x, spec))
for v in [0.0, -0.0, 1e-7, 1e21, 123456789.0, float("inf"), float("nan"), 0.5, 2.5, 1e16]:
    print(format(v, ""), format(v, "g"), format(v, ".2f"), format(v, "e"), format(v, ".1g"), format(v, "#g"))
print(format(1.0, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print("%f %e %g %.3f %10.2f %-10.2f| %+f %G %E" % (x, x, x, x, x, x, x, 1e-10, x))
print("%.0f %.1f %5.1f%% %r %s" % (2.5, 0.05, 99.5, 0.1, 0.1))
try:
    format(1.0, "d")
except ValueError as e:
    print(e)
print(f"{1e-5:f}", f"{1.0:z.1f}", f"{-0.0001:z.2f}", f"{-0.0:z}")
