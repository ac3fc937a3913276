cases = [
    "1 + 'a'", "'a' + 1", "[] + ()", "None + 1", "1 - 'a'", "'a' * 'b'", "[1] * 1.5", "-'a'", "~1.5", "abs('a')",
    "None[0]", "5[0]", "len(5)", "None()", "(1).x", "'s'.foo", "[].bar", "{}.x", "None.attr", "int.nope",
    "{}['k']", "[][0]", "()[0]", "''[0]", "{[]: 1}", "{[]}", "hash({})", "int('x')", "float('y')", "[1].index(2)",
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "2 ** -1 // 0", "divmod(1, 0)", "'a' < 1", "[] < {}", "None < None",
    "iter(5)", "next(iter([]))", "undefined", "list(5)", "dict(5)", "set(5)", "tuple(5)", "str(b'', 'bogus')",
    "'x'.join([1])", "sum(['a'])", "max()", "min([])", "chr(-5)", "ord('ab')", "int('5', 99)", "range('a')",
    "[].pop()", "{}.popitem()", "set().pop()", "frozenset().add", "(1, 2).append(3)", "'abc'.index('z')",
    "object().__dict__", "type('X', (int, str), {})", "isinstance(1, 'int')", "getattr(1, 'x')", "(lambda: 1)(2)",
    "(lambda x: 1)()", "print(end=1)", "bytes('x')", "b'a' + 'b'", "'{}'.format()", "'%d' % 'x'", "f'{1:x}' and '{:q}'.format(1)",
    "[1, 2, 3][1:2] = 5", "import nonexistent_mod_xyz", "del undefined_name", "a, b = 1",
]
for src in cases:
    try:
        try:
            eval(src)
        except SyntaxError:
            exec(src)
        print(f"{src!r}: no error")
    except Exception as e:
        print(f"{src!r}: {type(e).__name__}: {e}")
