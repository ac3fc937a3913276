for n, length, order, signed in [(0, 1, "big", False), (255, 1, "big", False), (256, 2, "little", False), (-1, 1, "big", True),
                                 (-128, 1, "big", True), (2**63, 8, "big", False), (-(2**63), 8, "little", True), (12345678901234567890, 10, "big", False)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed) == n)
print((1000).to_bytes(2), (1000).to_bytes(2, "little"), int.from_bytes(b"\x03\xe8"))
for bad in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True)]:
    try:
        bad[0].to_bytes(bad[1], bad[2], signed=bad[3])
    except OverflowError as e:
        print(bad, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(e)
print(int.from_bytes(bytearray(b"\xff\xff"), "big", signed=True), int.from_bytes([0, 0, 1], "big"), int.from_bytes(b"", "big"))
print(bytes(3) + bytes([1]), bytes(b"ab"), bytes(memoryview(b"mv")), bytes(range(3)))
