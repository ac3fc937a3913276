code = "x = (1 +\nprint(x)\n"
exec(code)
