data = [("North", 1234.5, -0.031), ("South", 98765.4321, 0.1), ("East", 0.5, 1.0), ("West", -42.0, -0.5)]
print(f"{'Region':<8}{'Sales':>14}{'Change':>10}")
for region, sales, change in data:
    print(f"{region:<8}{sales:>14,.2f}{change:>+10.1%}")
print(f"{'':-^32}")
total = sum(s for _, s, _ in data)
print(f"{'Total':<8}{total:>14,.2f}")
for w in range(1, 8):
    print(f"|{3.14159:{w}.{max(w - 3, 0)}f}|{'ab':^{w}}|{7:0{w}d}|")
