print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format("a", "b"))
print("{name} {n:03}".format(name="z", n=7), "{0[1]} {0[k]}".format({1: "one", "k": "kay"}), "{0.real} {0.imag}".format(3 + 4j))
print("{:>10}|{:<10}|{:^10}|{:*^10}".format("r", "l", "c", "s"))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>8}".format("x"))
print("{:{width}.{prec}f}".format(3.14159, width=10, prec=2), "{:{}}".format("ab", 5) + "|")
print("{{}} {{{}}}".format(5))
print("{0:b} {0:o} {0:x} {0:X} {0:#b} {0:,} {0:_} {0:e}".format(1000000))
lst = ["a", "b"]
print("{0[0]}{0[1]}".format(lst), "{.__class__.__name__}".format(1.5))
for bad in ["{", "}", "{0} {}", "{} {0}", "{1}", "{x}", "{0[}", "{:d}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("{:,.2f} {:_.3f} {:+,d}".format(1234567.891, 9876.54321, 1234567))
print(format(12, "+"), format("s", "<3") + "|", format(3.5), format([1], ""))
print("{0:>{1}}".format("x", 4), "{:=^9}".format(" mid "))
print("{0:%}".format(0.25), "{:.1%}".format(0.123))
class F:
    def __format__(self, spec):
        return f"F({spec!r})"
print("{:xyz}".format(F()), format(F(), "abc"), f"{F():q}")
print(str.format_map("{a}-{b}", {"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{a} {zz}".format_map(Default(a=1)))
