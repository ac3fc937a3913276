def pascal(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]
for r in pascal(10):
    print(" ".join(map(str, r)).center(40))
moves = []
def hanoi(n, a="A", b="B", c="C"):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append((a, c))
        hanoi(n - 1, b, a, c)
hanoi(4)
print(len(moves), moves[:7])
moves.clear()
hanoi(12)
print(len(moves), moves[-1])
