# dict/str workloads: word counting, string building, joins, formatting, splitting.
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon "
         "phi chi psi omega").split()
text_parts = []
for i in range(60000):
    w = words[(i * 7) % len(words)]
    text_parts.append(w if i % 11 else w.upper())
text = " ".join(text_parts)
counts = {}
for rep in range(4):
    for w in text.split():
        lw = w.lower()
        counts[lw] = counts.get(lw, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
lines = []
for i in range(120000):
    lines.append(f"{i:06d}:{words[i % 24]:>8}|{i * 0.5:.1f}")
blob = "\n".join(lines)
check = 0
for line in blob.splitlines():
    k, rest = line.split(":", 1)
    name, val = rest.split("|")
    check += int(k) % 97 + len(name.strip()) + int(float(val))
s = ""
for i in range(50000):
    s += str(i % 10)
print(top, check, len(s), s.count("7"), "%d-%s" % (len(blob), blob[-20:]))
