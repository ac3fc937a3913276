# Helper module imported by std_sibling_module.py (files named _*.py are not run as programs).
CONSTANT = 42
_count = 0
def greet(name):
    return f"hello, {name}"
def counter():
    global _count
    _count += 1
    return _count
print("_helper_mod imported")
