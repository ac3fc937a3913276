class Weird(Exception):
    def __str__(self):
        raise RuntimeError("cannot render")
raise Weird("x")
