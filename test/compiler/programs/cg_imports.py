import os
import os.path
import os.path as osp
from os import path as p2, sep
from collections import OrderedDict, defaultdict as dd
import json, math as m
print(os.path is osp, p2 is osp, sep == os.sep, m.pi > 3)
print(OrderedDict.__name__, dd.__name__)
from math import *
print(floor(2.7), ceil(2.1))
import importlib.util
print(importlib.util.__name__)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print("MNF:", e)
try:
    from math import nonexistent_name
except ImportError as e:
    print("ImportError:", e)
def local_import():
    import string
    from string import ascii_lowercase as al
    return string.digits, al[:3]
print(local_import())
print(json.dumps({"a": [1, 2]}))
