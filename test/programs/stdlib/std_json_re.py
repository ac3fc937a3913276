import json, re
data = {"name": "Ann", "tags": ["a", "b"], "n": 1.5, "ok": True, "none": None, "nested": {"k": [1, 2, {"z": "é"}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == data, json.loads('[1, 2.0, "x", null, true, {"a": []}]'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos)
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.split(r"[,;]\s*", "a, b;c"))
m = re.match(r"(?P<key>\w+)=(?P<val>\d+)", "width=100")
print(m.group(0), m.group("key"), m.groupdict(), m.span(), m.start(2))
print(re.search(r"o+", "foooo bar").group(), re.fullmatch(r"[a-z]+", "abc") is not None, re.compile(r"x*").sub("-", "abc"))
print([m.group() for m in re.finditer(r"[A-Z]\w*", "Hello big World Again")], re.escape("a.b*c"))
