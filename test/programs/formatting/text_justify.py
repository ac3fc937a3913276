text = ("Python is a programming language that lets you work quickly and integrate systems more effectively. "
        "It is easy to learn and powerful enough for large projects.")
def justify(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    out = []
    for line in lines:
        gaps = len(line) - 1
        if gaps == 0:
            out.append(line[0].ljust(width))
            continue
        spaces = width - sum(map(len, line))
        s = ""
        for i, w in enumerate(line[:-1]):
            s += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
        out.append(s + line[-1])
    out.append(" ".join(cur).ljust(width))
    return out
for width in (30, 45):
    for line in justify(text.split(), width):
        print(f"|{line}|")
    print()
