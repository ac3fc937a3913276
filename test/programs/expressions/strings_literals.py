print('single', "double", '''triple
line''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\tsep', 'new\\nline')
print(r'raw\n\t', R"raw\\", len(r'\n'))
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101\0end".encode("utf-8"))
print("adjacent" " strings" ' joined')
print(b"bytes\x00\xff", rb"\d", Br"x")
print(len("\U0001F600"), "\N{EM DASH}")
s = ("implicit "
     "concatenation "
     f"with {1 + 1}")
print(s)
print("\a\b\f\v".encode())
print(repr("quote ' and \""), repr('only "double"'), repr("only 'single'"))
print(repr("\x00\x1f\x7f\x80\xa0\xff"), ascii("é€😀"))
print("line1\
line2")
