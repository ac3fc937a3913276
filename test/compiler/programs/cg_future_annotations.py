from __future__ import annotations
x: list[int] = []
def f(a: Foo[int, str], b: int | None = None, *c: tuple[int, ...], d: lambda: 1 = 2) -> dict[str, "x"]:
    pass
print(f.__annotations__)
class C:
    a: int
    b: C
    c: 1 + 2 * 3
    d: -x ** 2
    e: (a if b else c)
    g: [i for i in j]
    h: {1: 2, **k}
    i: f"x{y!r:>3}"
    j: a.b.c[1:2, ::3]
    k: not a and b or c
    l: {1, 2}
    m: (1,)
    n: ...
    o: 1.5e300
    p: 'it''s'
print(C.__annotations__)
print(__annotations__)
