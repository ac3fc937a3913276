name = "world"
n = 3.14159
print(f"hello {name}!")
print(f"{n:.2f} {n:>10.3f} {n!r} {name!s} {name!a}")
print(f"{'nested ' + f'{name}'}")
w = 8
print(f"{n:{w}.{2}f}|")
print(f"{{literal}} {1+1=}")
print(f"{name=!r:>12}")
print(f"{[1,2][0]} {dict(a=1)['a']}")
print(f"")
print(f"{3}")
print(f"a" f"b{1}c" "d")
x = 255
print(f"{x:#x} {x:08b} {x:,}")
print(f"""multi
{name}""")
import datetime
print(f"{datetime.date(2020, 1, 2):%Y-%m-%d}")
print(F"{'q'}" rf"\n{name}")
