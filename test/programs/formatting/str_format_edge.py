print("{0}{1}{0}".format("ab", "-"), "{:>{w}}".format("x", w=5), "{0:{1}}".format(3.14159, ".3"))
print("{a[0]} {a[1][k]} {b.real}".format(a=[1, {"k": "v"}], b=2j))
print("{!r:^10}|{!s:<6}|{!a}".format("q", None, "ü"))
print("{:c}{:c}{:c}".format(80, 121, 0x263A))
print("{0:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9))
print("{:_}".format(12345678), "{:,}".format(-1234.5), "{:_x}".format(0xABCDEF12))
print("{:.0%}".format(0.005), "{:.0%}".format(0.015), "{:.3}".format("truncate"), "{:10.3}|".format("truncate"))
print("{:+.2e}".format(-0.0), "{:g}".format(-0.0), "{:.2f}".format(-0.001), "{:z.2f}".format(-0.001))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return f"r={abs(complex(self.x, self.y)):.2f}"
        return f"({self.x:{spec}}, {self.y:{spec}})"
p = Pt(3, 4)
print("{:polar} {:.1f} {:>4}".format(p, p, p))
print(f"{p:polar}", format(p, "02d"))
