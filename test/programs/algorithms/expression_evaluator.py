import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokenize(s):
    for num, op in TOKEN.findall(s):
        if num:
            yield ("num", float(num) if "." in num else int(num))
        elif op.strip():
            yield ("op", op)
    yield ("end", None)
class Parser:
    def __init__(self, s):
        self.toks = list(tokenize(s))
        self.i = 0
    def peek(self): return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.next()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.next()[1]
            r = self.factor()
            v = v * r if op == "*" else v / r
        return v
    def factor(self):
        kind, val = self.next()
        if kind == "num":
            base = val
        elif val == "(":
            base = self.expr()
            if self.next() != ("op", ")"):
                raise SyntaxError("expected )")
        elif val == "-":
            return -self.factor()
        else:
            raise SyntaxError(f"unexpected {val!r}")
        if self.peek() == ("op", "^"):
            self.next()
            return base ** self.factor()
        return base
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "((2))", "3 * (4 - 1.5)", "2 * -3", "1 +", "(1", "7 / 0"]:
    try:
        print(src, "=", Parser(src).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "error:", type(e).__name__, e)
