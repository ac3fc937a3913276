def fmt(obj, indent=0, width=40):
    pad = " " * indent
    r = repr(obj)
    if len(r) + indent <= width or not isinstance(obj, (list, tuple, dict)):
        return pad + r
    if isinstance(obj, dict):
        lines = [pad + "{"]
        for k, v in obj.items():
            inner = fmt(v, indent + 4, width).lstrip()
            lines.append(f"{pad}    {k!r}: {inner},")
        lines.append(pad + "}")
        return "\n".join(lines)
    open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
    lines = [pad + open_]
    for v in obj:
        lines.append(fmt(v, indent + 4, width) + ",")
    lines.append(pad + close)
    return "\n".join(lines)
data = {"name": "typhon", "versions": [3.12, 3.13, 3.14], "deps": {"pyodide": "314.0.7", "fflate": "0.8.3", "esbuild": "0.28.2"},
        "matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9], list(range(20))]}
print(fmt(data))
import pprint
pprint.pprint(data, width=50)
print(pprint.pformat(list(range(30)), width=40, compact=True))
