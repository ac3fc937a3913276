name, n = "x", 3
print("%s has %r items" % (name, n))
print("%5s|%-5s|%.2s|%a" % ("ab", "cd", "efgh", "é"))
print("100%% %s" % ("done",))
print("%s" % (None,), "%d" % (5,), "%s-%s" % (1, 2))
print("no units" % ())
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
print("%(a)s" % {"a": 1}, "%s" % "plain", "%s" % [1, 2])
print("%10.3s|" % ("abcdef",), "%-8r|" % ("q",))
class Bad:
    def __str__(self):
        raise ValueError("bad str")
def fmt(v):
    return "value: %s!" % (
        v,
    )
fmt(Bad())
