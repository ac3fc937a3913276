def load():
    return {"items": []}
first = load()["items"][0]
