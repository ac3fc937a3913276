rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 3.125), ("kiwi", 7, 12.0)]
print(f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>9}")
print("-" * 35)
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5d}|{price:>8.2f}|{qty * price:>9,.2f}")
print("=" * 35)
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<10}|{'':>5}|{'':>8}|{total:>9,.2f}")
print("%-10s|%5s|%8s" % ("a", "b", "c"))
for name, qty, price in rows:
    print("%-10s|%5d|%8.3f" % (name, qty, price))
print("{:^35}".format(" centered "))
print("{:=^35}".format(" title "))
