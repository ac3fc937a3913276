for fill in ["", "*", "0", " ", "é", "{", "}"]:
    for align in ["<", ">", "^", "="]:
        spec = f"{fill}{align}9"
        try:
            print(repr(spec), repr(format(-42, spec)), repr(format("ab", spec)) if align != "=" else "")
        except ValueError as e:
            print(repr(spec), "ValueError", e)
print(repr(f"{'x':{'*'}^{7}}"), repr(f"{3.14159:{'>'}{10}.{3}}"))
print(repr(format("", "^0")), repr(format("abc", "^1")), repr(format(12, "^1")))
