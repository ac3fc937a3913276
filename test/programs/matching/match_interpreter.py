def evaluate(node, env):
    match node:
        case ("num", n):
            return n
        case ("var", name):
            return env[name]
        case ("add", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("mul", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ("let", name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, else_):
            return evaluate(then if evaluate(cond, env) else else_, env)
        case _:
            raise ValueError(f"bad node {node!r}")
prog = ("let", "x", ("num", 5), ("add", ("mul", ("var", "x"), ("var", "x")), ("if", ("var", "x"), ("num", 1), ("num", 0))))
print(evaluate(prog, {}))
try:
    evaluate(("sub", 1, 2), {})
except ValueError as e:
    print(e)
commands = ["move 3 4", "say hello world", "quit", "move x", ""]
for c in commands:
    match c.split():
        case ["move", x, y] if x.isdigit() and y.isdigit():
            print("move to", int(x), int(y))
        case ["move", *rest]:
            print("bad move args", rest)
        case ["say", *words]:
            print("say:", " ".join(words))
        case ["quit"]:
            print("quit")
        case []:
            print("empty command")
