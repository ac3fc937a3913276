x = 3.14159
width, prec = 10, 3
print(f"{x:{width}.{prec}}|{x!r:^{width}}|{'s':*>{width}}")
print(f"{x=:.2f} {x = }")
d = {"k": "v"}
print(f"{d['k']} {d!r} {len(d):03d}")
print(f"{'a' if x > 1 else 'b'} {[i for i in range(3)]} {(lambda: 'L')()}")
print(f"{'{'}{'}'}")
items = [f"{i}:{i**2}" for i in range(4)]
print(", ".join(items))
print(f"{'nested {x}'} {f'{x:.1f}'}")
print(f"{x:>{width}}" + f"{x:<{width}}|")
import decimal
print(f"{decimal.Decimal('1.5'):.3f}")
print(f"{1000000:_} {255:#o} {-42:+d} {0.25:%}")
