def find(d, key):
    return d.get(key)
config = {"a": {"x": 1}}
print(find(config, "a")["x"])
print(find(config, "b")["x"])
