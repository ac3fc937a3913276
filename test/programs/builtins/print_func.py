import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print(1, 2, 3, sep=None, end=None)
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout, flush=True)
print(None, True, 1.5, [1], {"a": 1}, (1,), b"x", sep="|")
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("captured", 42, file=w, sep="+")
print(w.parts)
print("after file=None", file=None)
try:
    print(sep=5)
except TypeError as e:
    print(e)
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
try:
    print(bad=1)
except TypeError as e:
    print(e)
sys.stdout.write("direct write\n")
n = sys.stdout.write("abc\n")
print(n)
