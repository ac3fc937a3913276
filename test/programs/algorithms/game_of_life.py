def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = (x + dx, y + dy)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, c in counts.items() if c == 3 or (c == 2 and k in cells)}
def show(cells, w=8, h=6):
    for y in range(h):
        print("".join("#" if (x, y) in cells else "." for x in range(w)))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for gen in range(4):
    print("gen", gen, len(glider))
    show(glider)
    glider = step(glider)
