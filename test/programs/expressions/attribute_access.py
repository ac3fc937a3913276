class P:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
p = P()
print(p.inst, p.cls_attr, P.cls_attr)
p.cls_attr = "shadow"
print(p.cls_attr, P.cls_attr)
del p.cls_attr
print(p.cls_attr)
print(getattr(p, "missing", "default"))
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    P.missing
except AttributeError as e:
    print(e)
print((1).real, (1.5).imag, "abc".upper(), [1, 2].count(1))
print(P.__name__, p.__class__.__name__, p.__dict__)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
