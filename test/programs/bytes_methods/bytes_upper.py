# bytes.upper: results (or the exception) on a table of receivers and arguments.
receivers = [b"", b"abc", b"Hello World", b"  pad  ", b"a,b,,c", b"\x00\xff", b"aaa"]
argsets = [()]
for r in receivers:
    for args in argsets:
        try:
            result = r.upper(*args)
            print(repr(r), args, '->', repr(result))
        except Exception as e:
            print(repr(r), args, 'raises', type(e).__name__ + ':', e)
