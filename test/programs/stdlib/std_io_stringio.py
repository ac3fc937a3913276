import io, sys
buf = io.StringIO()
buf.write("line one\n")
print("line two", file=buf)
print(repr(buf.getvalue()))
r = io.StringIO("a\nb\nc")
print(r.readline(), r.readlines(), r.read())
r.seek(0)
print([l.rstrip() for l in r])
bb = io.BytesIO(b"bytes data")
print(bb.read(5), bb.tell(), bb.read())
old = sys.stdout
sys.stdout = io.StringIO()
print("captured output")
captured = sys.stdout.getvalue()
sys.stdout = old
print("restored:", repr(captured))
