def count():
    return 5
def build():
    try:
        g = (x for x in count())
    except TypeError as e:
        print("genexp:", e)
    try:
        d = {k: k for k in count()}
    except TypeError as e:
        print("dictcomp:", e)
    return [x * 2
            for x in count()]
build()
