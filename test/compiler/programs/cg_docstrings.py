"""Module docstring."""
def f():
    """Function doc.

    More lines
        indented.
    """
    return 1
class C:
    """Class doc."""
    def m(self):
        "single"
print(__doc__)
print(repr(f.__doc__))
print(C.__doc__, C.m.__doc__)
def nodoc():
    x = "not a doc"
    return x
print(nodoc.__doc__)
def fdoc():
    f"not a docstring {1}"
print(fdoc.__doc__)
print(f.__code__.co_consts[0] if f.__code__.co_consts else None)
