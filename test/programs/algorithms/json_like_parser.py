def parse(s):
    i = 0
    def ws():
        nonlocal i
        while i < len(s) and s[i] in " \n\t": i += 1
    def value():
        nonlocal i
        ws()
        c = s[i]
        if c == "{":
            i += 1; obj = {}; ws()
            if s[i] == "}": i += 1; return obj
            while True:
                k = value(); ws()
                assert s[i] == ":", f"expected ':' at {i}"
                i += 1
                obj[k] = value(); ws()
                if s[i] == ",": i += 1; continue
                assert s[i] == "}", f"expected '}}' at {i}"
                i += 1; return obj
        if c == "[":
            i += 1; arr = []; ws()
            if s[i] == "]": i += 1; return arr
            while True:
                arr.append(value()); ws()
                if s[i] == ",": i += 1; continue
                i += 1; return arr
        if c == '"':
            j = s.index('"', i + 1)
            r = s[i + 1:j]; i = j + 1; return r
        for lit, v in (("true", True), ("false", False), ("null", None)):
            if s.startswith(lit, i):
                i += len(lit); return v
        j = i
        while j < len(s) and s[j] in "-+.eE0123456789": j += 1
        num = s[i:j]; i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()
doc = '{"a": [1, 2.5, -3e2, {"b": null}], "c": "text", "d": true, "e": {}, "f": []}'
print(parse(doc))
import json
print(parse(doc) == json.loads(doc))
try:
    parse('{"a" 1}')
except AssertionError as e:
    print("AssertionError:", e)
