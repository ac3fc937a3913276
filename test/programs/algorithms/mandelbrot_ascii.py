def mandel(w=60, h=20, it=30):
    rows = []
    for y in range(h):
        ci = (y - h / 2) / (h / 2) * 1.2
        row = ""
        for x in range(w):
            cr = (x - w * 0.7) / (w / 3)
            zr = zi = 0.0
            n = 0
            while n < it and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
                n += 1
            row += " .:-=+*#%@"[n % 10] if n < it else "@"
        rows.append(row)
    return rows
for r in mandel():
    print(r)
