def run(program):
    stack, pc, out, env = [], 0, [], {}
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        if op == "push": stack.append(args[0])
        elif op == "add": b, a = stack.pop(), stack.pop(); stack.append(a + b)
        elif op == "sub": b, a = stack.pop(), stack.pop(); stack.append(a - b)
        elif op == "mul": b, a = stack.pop(), stack.pop(); stack.append(a * b)
        elif op == "lt": b, a = stack.pop(), stack.pop(); stack.append(a < b)
        elif op == "store": env[args[0]] = stack.pop()
        elif op == "load": stack.append(env[args[0]])
        elif op == "jmp": pc = args[0]
        elif op == "jz":
            if not stack.pop(): pc = args[0]
        elif op == "print": out.append(stack.pop())
        else: raise ValueError(f"bad op {op}")
    return out
# factorial of 1..10 via loop
prog = [
    ("push", 1), ("store", "i"), ("push", 1), ("store", "acc"),
    ("load", "i"), ("push", 11), ("lt",), ("jz", 18),
    ("load", "acc"), ("load", "i"), ("mul",), ("store", "acc"),
    ("load", "acc"), ("print",),
    ("load", "i"), ("push", 1), ("add",), ("store", "i"), ("jmp", 4),
]
prog[7] = ("jz", len(prog))
prog[-1] = ("jmp", 4)
print(run(prog))
try:
    run([("bogus",)])
except ValueError as e:
    print(e)
