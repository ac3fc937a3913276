text = "Grüße, 世界! 😀"
for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252"]:
    try:
        b = text.encode(enc)
        print(enc, len(b), b[:12], b.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, "error:", e.reason, e.start, e.end)
print(b"\xc3\xa9".decode(), b"\xe9".decode("latin-1"), b"abc".decode("ascii"))
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(b"a\xffb\xc3".decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, e)
print("\udcff".encode("utf-8", "surrogateescape"), "x\ud800".encode("utf-8", "surrogatepass"))
try:
    "abc".encode("no-such-codec")
except LookupError as e:
    print(e)
print("ÀÉ".encode("utf-8").hex(), bytes.fromhex("c3a9").decode())
