config = {
    "name": "x",
    "size": 3,
}
total = config["size"] + config[
    "missing"
]
