e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print(err)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("adding context")
        raise
except ZeroDivisionError as z:
    print(z.__notes__)
e2 = KeyError("k")
e2.__notes__ = ["set directly"]
print(e2.__notes__)
print(hasattr(ValueError(), "__notes__"))
