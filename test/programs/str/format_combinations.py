values = [0, 1, -1, 255, 3.5, -2.25, 1e-7, 123456.789, "txt"]
fills = ["", "*"]
aligns = ["", "<", ">", "^"]
signs = ["", "+", " "]
widths = ["", "8"]
types_for = {int: ["", "d", "x", "b", "e", "%"], float: ["", "f", "e", "g", "%", ".2f"], str: ["", "s", ".2"]}
count = 0
for v in values:
    for t in types_for[type(v)]:
        row = []
        for fill in fills:
            for align in aligns:
                if fill and not align:
                    continue
                for sign in signs:
                    if sign and isinstance(v, str):
                        continue
                    for width in widths:
                        spec = f"{fill}{align}{sign}{width}{t}"
                        try:
                            row.append(f"[{format(v, spec)}]")
                        except ValueError as e:
                            row.append(f"<{e}>")
                        count += 1
        print(repr(v), repr(t), " ".join(row))
print(count)
