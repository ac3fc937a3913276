import string, textwrap
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits)
print(string.capwords("hello   wide world"), string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.Template("$a $b").safe_substitute(a=1))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.shorten(text, 50), repr(textwrap.dedent("    a\n      b\n    c")), repr(textwrap.indent("x\ny", "> ")))
