def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")
def wrapper():
    try:
        yield from numbers()
    except ValueError as e:
        raise RuntimeError("wrapper failed") from e
for n in wrapper():
    print(n)
