b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim)
m[0] = ord("A")
print(b)
m[1:3] = b"BC"
print(b)
sub = m[2:5]
print(bytes(sub), sub.tobytes(), len(sub))
ro = memoryview(b"xyz")
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print(e)
print(m == b"ABCdef", bytes(m[::2]), m.hex(), m.obj is b)
m.release()
try:
    len(m)
except ValueError as e:
    print(e)
with memoryview(b"ctx") as mv:
    print(mv.tobytes())
print(bytes(memoryview(b"abc")[::-1]))
mc = memoryview(bytearray(b"\x01\x02\x03\x04")).cast("H")
print(mc.format, mc.itemsize, len(mc), mc.tolist() == [0x0201, 0x0403] or mc.tolist() == [0x0102, 0x0304])
