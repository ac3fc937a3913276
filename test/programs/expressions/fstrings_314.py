# PEP 701 (3.12+) f-string features: reused quotes, backslashes, comments, nesting.
songs = ["a", "b", "c"]
print(f"{", ".join(songs)}")
print(f"{"\n".join(songs)}")
print(f"{f"{f"{1 + 1}"}"}")
x = 10
print(f"{x # a comment
:>5}")
print(f"{'\t'.join(songs)}")
print(f"{x:{"^"}{10}}")
print(f"{'a' if x else 'b'!r}")
