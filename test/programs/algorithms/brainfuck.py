def bf(code, inp=""):
    tape, ptr, pc, out, ip = [0] * 300, 0, 0, [], 0
    jumps, stack = {}, []
    for i, c in enumerate(code):
        if c == "[": stack.append(i)
        elif c == "]":
            j = stack.pop(); jumps[i] = j; jumps[j] = i
    while pc < len(code):
        c = code[pc]
        if c == ">": ptr += 1
        elif c == "<": ptr -= 1
        elif c == "+": tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-": tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ".": out.append(chr(tape[ptr]))
        elif c == ",":
            tape[ptr] = ord(inp[ip]) if ip < len(inp) else 0; ip += 1
        elif c == "[" and not tape[ptr]: pc = jumps[pc]
        elif c == "]" and tape[ptr]: pc = jumps[pc]
        pc += 1
    return "".join(out)
hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
print(repr(bf(hello)))
print(bf(",[.,]", "echo!"))
print(bf("++++++[>++++++++<-]>+.+.+."))
