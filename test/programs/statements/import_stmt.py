import sys
print(type(sys).__name__, sys.__name__)
import sys as system
print(system is sys)
from sys import argv as av, version_info
print(type(av).__name__, version_info[:2] >= (3, 14))
print(sys.version_info.major, sys.version_info.minor)
def f():
    import sys as s2
    return s2.version_info.major
print(f())
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name_xyz
except ImportError as e:
    print(type(e).__name__, e)
print(__name__)
