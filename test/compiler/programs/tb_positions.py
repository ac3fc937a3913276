# Tracebacks print source positions from co_positions (the ~~~^^^ markers).
import traceback

def attr(o):
    return o.missing_attribute

def call(f):
    return f(1,
             2)

def sub(d):
    return d["k"]["j"]

def binop(a, b):
    return (a +
            b)

def chain():
    x = {"a": [1, 2, 3]}
    return x["a"][10]

for fn, args in [(attr, (1,)), (call, (None,)), (sub, ({"k": {}},)), (binop, (1, "s")), (chain, ())]:
    try:
        fn(*args)
    except Exception:
        traceback.print_exc()
1 / 0
