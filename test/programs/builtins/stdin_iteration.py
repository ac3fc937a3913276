import sys
total = 0
names = []
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        continue
    name, _, num = line.partition(",")
    names.append(name.strip())
    total += int(num)
print(names, total)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
