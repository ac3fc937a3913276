# str.count: results (or the exception) on a table of receivers and arguments.
receivers = ['', 'a', 'abc', 'Hello World', '  spaced out  ', 'a,b,,c', 'MiXeD cAsE', 'ünïcödé', '12345', 'tab\tand\nnewline', 'aaa', 'xxxyx']
argsets = [('a',), ('',), ('a', 1), ('a', 0, 2), ('zz',)]
for r in receivers:
    for args in argsets:
        try:
            result = r.count(*args)
            print(repr(r), args, '->', repr(result))
        except Exception as e:
            print(repr(r), args, 'raises', type(e).__name__ + ':', e)
