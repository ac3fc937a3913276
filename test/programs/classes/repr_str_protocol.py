class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"P({self.x!r})"
class Q(P):
    def __str__(self): return f"Q with {self.x}"
print(P(1), str(P("a")), repr(Q(2)), str(Q(3)), [Q(4)], f"{Q(5)}", f"{Q(6)!r}", "%s|%r" % (Q(7), Q(8)))
class Fmt:
    def __format__(self, spec):
        return f"<{spec or 'empty'}>"
    def __str__(self): return "str!"
print(format(Fmt()), format(Fmt(), "x"), f"{Fmt():>10}", f"{Fmt()!s:>6}", "{0:abc}".format(Fmt()))
class Bytes:
    def __bytes__(self): return b"custom bytes"
print(bytes(Bytes()))
class Idx:
    def __index__(self): return 3
print("abcdef"[Idx()], [0] * Idx(), hex(Idx()), range(Idx()))
class Cplx:
    def __complex__(self): return 1 + 2j
print(complex(Cplx()))
class Rev:
    def __repr__(self): return "Rev()"
print(repr([Rev(), (Rev(),), {"k": Rev()}, {Rev()} if False else None]))
