def build(name, size, color):
    return f"{name}:{size + 1}:{color}"
label = build(
    "box",
    "large",
    color="red",
)
