class C:
    pass
c = C()
c.count = 0
c.count += 1
print(c.count)
d = {}
d["missing"] += 1
