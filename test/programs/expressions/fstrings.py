name, n, pi = "world", 42, 3.14159265
print(f"hello {name}!", f"{n}", f"{n!r}", f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:#o}|{n:b}|{n:,}|{n:_b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%} {pi:.0f}")
print(f"{name:*^15}", f"{name:.3}", f"{name:>{n // 4}}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|")
print(f"{n=}", f"{n = }", f"{pi=:.2f}", f"{name=!s}", f"{1 + 1=}")
print(f"{{literal braces}}", f"{'{'}", f"{{{n}}}")
print(f"{[1, 2, 3]}", f"{ {'a': 1}['a'] }", f"{(lambda x: x * 2)(4)}")
print(f"{'nested ' + f'{n}'}")
print(f"multi\nline {n}")
print(f"{name}" f" {n}" " plain")
d = {"key": "value"}
print(f"{d['key']}", f'{d["key"]}')
print(f"{n:{'>'}{10}}")
print(f"{3.0:g} {1e20:g} {1e-5:g} {123456789:e}")
print(f"{'x':>3}{'y':<3}|")
print(f"{n if n > 0 else -n}", f"{n:d}", f"{-n:5d}", f"{-n:<5d}|", f"{-n:=6d}")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{'quotes' "inside"}")
print(f"{'''triple'''}", f"""{n}""")
print(f"{name!r:>12}")
import sys
print(f"{sys.version_info.major}")
print(f"{n:#x} {n:#b} {255:X} {255:#X}")
