data = {"a": {"b": [1, 2]}}
def get(d):
    return d["a"]["b"][5]
get(data)
