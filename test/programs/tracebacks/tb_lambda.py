transform = lambda x: x["key"] * 2
values = [{"key": 1}, {"other": 2}]
print([transform(v) for v in values])
