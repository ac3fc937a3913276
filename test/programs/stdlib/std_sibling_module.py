import _helper_mod
from _helper_mod import greet, CONSTANT
print(greet("typhon"), CONSTANT, _helper_mod.__name__)
print(_helper_mod.counter(), _helper_mod.counter())
import _helper_mod as again
print(again is _helper_mod)
