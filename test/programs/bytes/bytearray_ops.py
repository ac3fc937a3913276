ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" world")
print(ba, len(ba))
ba[1:3] = b"EE"
print(ba)
del ba[0]
ba.insert(0, 74)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("E"))
print(ba, ba.find(b"o"), ba.count(b"l"))
ba.reverse()
print(ba)
ba += b"!!"
ba *= 2
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"), bytearray(b"x") == b"x", bytearray().__len__())
b2 = bytearray(b"abc")
b2[::2] = b"XY"
print(b2, b2.upper(), type(b2.upper()).__name__, b2.decode())
try:
    b2[0] = 300
except ValueError as e:
    print(e)
try:
    b2[10] = 1
except IndexError as e:
    print(e)
try:
    b2.remove(200)
except ValueError as e:
    print(e)
b2.clear()
print(b2, bytearray(b"xyz").copy(), bytearray.fromhex("ff 00"), bytearray(b"ab").hex())
print(list(bytearray(b"\x00\xff")), repr(bytearray(b"q'")))
