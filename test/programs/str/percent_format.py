print("%s %r %a" % ("str", "str", "é"))
print("%d %i %u %5d %-5d| %05d %+d % d" % (42, 42, 42, 42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o %08.3f %.2e %g %c %c %%" % (255, 255, 255, 255, 8, 8, 3.14159, 12345.678, 0.00001, 65, "z"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (1, (2, 3)), "%s" % ((1, 2),))
print("%d" % 3.99, "%x" % -255, "%o" % -8, "%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%d%%" % 50, "%c" % 0x1F600, "%r" % b"x", "%s" % b"x", "%i" % True)
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%y", 1), ("%c", 1.5), ("%(k)s", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%-8s|%8s|" % ("left", "right"), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%e" % 0, "%g" % 1e20, "%G" % 1e-20, "%#g" % 1.0, "%10.4g|" % 3.14159)
print("%s" % None, "%r" % None, "%5s|%-5s|" % (None, True))
