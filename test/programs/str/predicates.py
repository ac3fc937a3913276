tests = ["abc", "ABC", "123", "12.5", "abc123", " ", "", "\t\n", "½", "²", "٣", "Ⅻ", "éè", "a b", "_id", "id1", "1id",
         "class", "\x00", "ab\u0301", "\u2028", "Ω"]
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii())
