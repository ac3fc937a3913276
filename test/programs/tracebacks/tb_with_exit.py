class Managed:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exiting with", exc_type.__name__)
        return False
with Managed():
    int("not a number")
