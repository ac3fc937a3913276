# Shortest round-trip repr for many pseudo-random floats (deterministic LCG), plus round-trip checks.
state = 12345
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
values = []
for i in range(400):
    m = rand() >> 11
    e = (rand() % 80) - 40
    v = m / 2**53 * 10.0 ** e
    if i % 3 == 0:
        v = -v
    values.append(v)
for i in range(0, len(values), 4):
    print(" ".join(repr(v) for v in values[i:i + 4]))
print(all(float(repr(v)) == v for v in values), all(float(str(v)) == v for v in values))
for k in range(-10, 25):
    print(k, repr(10.0 ** k), repr(2.0 ** k * 3), repr(1 / 3 * 10.0 ** k))
