// Import-system scenarios (part 1 and 3 of the import issue): each case is a file tree, run as `python3 main.py` in
// its directory. Expected outputs come from the CPython 3.14 oracle via tools/regen/import-cases.mjs.
// Entry point: CASES (array of { name, files, zips?, main? }).
export const CASES = [
  {
    name: "package_layout",
    files: {
      "main.py": `import pkg.sub.leaf
import pkg
print(pkg.sub.leaf.VALUE, pkg.__name__, pkg.__package__, pkg.sub.__package__, pkg.sub.leaf.__package__)
print(pkg.__file__.endswith('pkg/__init__.py'), pkg.sub.leaf.__file__.endswith('leaf.py'))
print(pkg.__path__ == [pkg.__file__.rsplit('/', 1)[0]], hasattr(pkg.sub.leaf, '__path__'))
print(pkg.__spec__.name, pkg.__spec__.parent, pkg.sub.leaf.__spec__.parent, pkg.__spec__.has_location)
print(type(pkg.__loader__).__name__, pkg.__spec__.submodule_search_locations == pkg.__path__)
print(pkg.sub.leaf.__cached__.endswith('.pyc'), '__pycache__' in pkg.sub.leaf.__cached__)
import sys
print('pkg.sub' in sys.modules, sys.modules['pkg.sub.leaf'] is pkg.sub.leaf)
`,
      "pkg/__init__.py": "INIT = 'pkg init'\n",
      "pkg/sub/__init__.py": "",
      "pkg/sub/leaf.py": "VALUE = 'leaf'\n",
    },
  },
  {
    name: "import_binding",
    files: {
      "main.py": `import a.b.c
print(a.b.c.X, 'b' in dir(a), 'c' in dir(a.b))
import a.b.c as alias
print(alias.X, alias.__name__)
from a.b import c
print(c is alias)
from a import b as bb
print(bb.__name__)
m = __import__('a.b.c')
print(m.__name__)
m = __import__('a.b.c', fromlist=['X'])
print(m.__name__)
m = __import__('a.b', globals(), None, ['c'], 0)
print(m.__name__, m.c.X)
`,
      "a/__init__.py": "",
      "a/b/__init__.py": "",
      "a/b/c.py": "X = 'x in c'\n",
    },
  },
  {
    name: "relative_imports",
    files: {
      "main.py": `from pkg.sub import mod
print(mod.RESULT)
from pkg import *
print(sorted(k for k in dir() if not k.startswith('_')))
`,
      "pkg/__init__.py": "__all__ = ['pub', 'sibling']\npub = 1\n_priv = 2\nother = 3\n",
      "pkg/sibling.py": "S = 'sibling'\n",
      "pkg/sub/__init__.py": "from . import mod2\n",
      "pkg/sub/mod2.py": "M2 = 'mod2'\n",
      "pkg/sub/mod.py": `from . import mod2
from .mod2 import M2
from .. import sibling
from ..sibling import S
from .. import pub
import pkg.sub as me
RESULT = (M2, S, sibling.S, pub, __name__, __package__, me.__name__)
`,
    },
  },
  {
    name: "relative_import_errors",
    files: {
      "main.py": `try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
import pkg.deep
try:
    import pkg.beyond
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkg import missing_name
except ImportError as e:
    print(type(e).__name__, e.args[0].split(' (')[0])
try:
    import pkg.deep.notpkg
except ImportError as e:
    print(type(e).__name__, e)
try:
    import nosuchmodule_xyz
except ImportError as e:
    print(type(e).__name__, e)
`,
      "pkg/__init__.py": "",
      "pkg/deep.py": "print('deep', __package__)\n",
      "pkg/beyond.py": "from ... import x\n",
    },
  },
  {
    name: "from_star_all",
    files: {
      "main.py": `from m import *
print(sorted(k for k in dir() if not k.startswith('__')))
from p import *
print(sorted(k for k in dir() if not k.startswith('__')))
`,
      "m.py": "__all__ = ['a', '_b']\na = 1\n_b = 2\nc = 3\n",
      "p/__init__.py": "__all__ = ['sm', 'z']\nz = 26\n",
      "p/sm.py": "print('sm imported')\n",
    },
  },
  {
    name: "no_all_star",
    files: {
      "main.py": "from m import *\nprint(sorted(k for k in dir() if not k.startswith('__')))\n",
      "m.py": "import sys as _sys\nvisible = 1\n_hidden = 2\n",
    },
  },
  {
    name: "circular_partial",
    files: {
      "main.py": "import a\nprint(a.x, a.b.y)\n",
      "a.py": "x = 1\nimport b\nprint('a done', b.y)\n",
      "b.py": "import a\nprint('b sees a.x =', a.x)\ny = 2\n",
    },
  },
  {
    name: "circular_error",
    files: {
      "main.py": "import a\n",
      "a.py": "from b import y\nx = 1\n",
      "b.py": "from a import x\ny = 2\n",
    },
  },
  {
    name: "circular_from_package",
    files: {
      "main.py": "import pkg\nprint(pkg.a.A, pkg.b.B)\n",
      "pkg/__init__.py": "from . import a\n",
      "pkg/a.py": "from . import b\nA = 'A'\n",
      "pkg/b.py": "from . import a\nB = 'B'\nprint('b sees', a.__name__)\n",
    },
  },
  {
    name: "namespace_packages",
    files: {
      "main.py": `import sys
sys.path.append(__file__.rsplit('/', 1)[0] + '/second')
import ns.one, ns.two
print(ns.one.V, ns.two.V)
print(ns.__file__, ns.__spec__.origin, type(ns.__loader__).__name__)
print(len(set(ns.__path__)), any(p.endswith('second/ns') for p in ns.__path__))
import ns.sub.leaf
print(ns.sub.leaf.V, ns.sub.__file__)
`,
      "ns/one.py": "V = 'one'\n",
      "ns/sub/leaf.py": "V = 'leaf'\n",
      "second/ns/two.py": "V = 'two'\n",
    },
  },
  {
    name: "meta_path_finder",
    files: {
      "main.py": `import sys
import importlib.machinery
ModuleSpec = importlib.machinery.ModuleSpec
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.greeting = 'hello from ' + module.__name__
        module.spec_name = module.__spec__.name
class Finder:
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith('virtual'):
            return ModuleSpec(fullname, Loader(), is_package=(fullname == 'virtual'))
        return None
sys.meta_path.insert(0, Finder())
import virtual
import virtual.child
print(virtual.greeting, virtual.child.greeting, virtual.child.spec_name)
print(virtual.__path__, virtual.child.__package__, type(virtual.__loader__).__name__)
print(virtual.__spec__.parent, virtual.child.__spec__.parent)
sys.meta_path.pop(0)
import virtual.child as again
print(again is virtual.child)
`,
    },
  },
  {
    name: "path_hook",
    files: {
      "main.py": `import sys
import importlib.machinery
ModuleSpec = importlib.machinery.ModuleSpec
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.where = 'hooked:' + module.__name__
class HookFinder:
    def __init__(self, path):
        if not path.startswith('hook://'):
            raise ImportError('not mine')
        self.path = path
    def find_spec(self, fullname, target=None):
        return ModuleSpec(fullname, Loader())
sys.path_hooks.insert(0, HookFinder)
sys.path.insert(0, 'hook://x')
import anything
print(anything.where)
print(type(sys.path_importer_cache['hook://x']).__name__)
`,
    },
  },
  {
    name: "importlib_api",
    files: {
      "main.py": `import importlib, sys
m = importlib.import_module('pkg.mod')
print(m.__name__, m.counter)
print(importlib.import_module('.mod', 'pkg') is m)
importlib.invalidate_caches()
m.counter = 99
r = importlib.reload(m)
import tracker
print(r is m, m.counter, tracker.log)
try:
    importlib.import_module('.mod')
except TypeError as e:
    print('TypeError', e)
`,
      "pkg/__init__.py": "",
      "pkg/mod.py": "import tracker\ntracker.log.append(__name__)\ncounter = 1\n",
      "tracker.py": "log = []\n",
    },
  },
  {
    name: "sys_modules_tricks",
    files: {
      "main.py": `import sys
import replacer
print(replacer, type(replacer).__name__)
sys.modules['fake'] = 'a string'
import fake
print(fake)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
`,
      "replacer.py": "import sys\nsys.modules[__name__] = 42\n",
    },
  },
  {
    name: "import_error_in_module",
    files: {
      "main.py": `import sys
try:
    import bad
except ZeroDivisionError as e:
    print('ZeroDivisionError', 'bad' in sys.modules)
try:
    import bad_syntax
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, 'bad_syntax' in sys.modules)
`,
      "bad.py": "x = 1 / 0\n",
      "bad_syntax.py": "x = = 1\n",
    },
  },
  {
    name: "zip_on_sys_path",
    zips: {
      "lib.zip": {
        "zmod.py": "Z = 'zmod'\n",
        "zpkg/__init__.py": "P = 'zpkg'\n",
        "zpkg/inner.py": "from . import helper\nI = 'inner+' + helper.H\n",
        "zpkg/helper.py": "H = 'helper'\n",
        "zns/part.py": "N = 'ns in zip'\n",
      },
    },
    files: {
      "main.py": `import sys
here = __file__.rsplit('/', 1)[0]
sys.path.insert(0, here + '/lib.zip')
import zmod, zpkg.inner, zns.part
print(zmod.Z, zpkg.P, zpkg.inner.I, zns.part.N)
print(zmod.__file__.replace(here, '<DIR>'), zpkg.__path__[0].replace(here, '<DIR>'))
print(type(zmod.__loader__).__name__, zmod.__spec__.origin.replace(here, '<DIR>'))
print(type(sys.path_importer_cache[here + '/lib.zip']).__name__)
`,
    },
  },
];

CASES.push({
  name: "importlib_util",
  files: {
    "main.py": `import importlib.util as u, sys
here = __file__.rsplit('/', 1)[0]
print(u.MAGIC_NUMBER, u.source_hash(b'x = 1\\n'), u.decode_source(b'a\\r\\nb'))
print(u.cache_from_source('/a/b/c.py').replace(sys.implementation.cache_tag, '<TAG>'))
print(u.cache_from_source('/a/b/c.py', optimization=2).replace(sys.implementation.cache_tag, '<TAG>'))
print(u.source_from_cache('/a/b/__pycache__/c.' + sys.implementation.cache_tag + '.pyc'))
print(u.resolve_name('.x', 'pkg.sub'), u.resolve_name('..y', 'pkg.sub'))
spec = u.spec_from_file_location('plugin', here + '/plugins/plug.py')
print(spec.name, spec.origin.replace(here, '<DIR>'), type(spec.loader).__name__, spec.submodule_search_locations, spec.has_location)
mod = u.module_from_spec(spec)
print(mod.__name__, mod.__file__.replace(here, '<DIR>'), 'plugin' in sys.modules)
spec.loader.exec_module(mod)
print(mod.P, mod.__cached__.replace(here, '<DIR>').replace(sys.implementation.cache_tag, '<TAG>'))
pspec = u.spec_from_file_location('ppkg', here + '/ppkg/__init__.py')
print([p.replace(here, '<DIR>') for p in pspec.submodule_search_locations], pspec.parent)
print(u.find_spec('helper').name, u.find_spec('no_such_mod_zz'), u.find_spec('helper') is not None)
import helper
print(u.find_spec('helper') is helper.__spec__)
s2 = u.spec_from_loader('fromloader', None, origin='somewhere')
print(s2.name, s2.origin, s2.loader, s2.parent, s2.has_location)
`,
    "plugins/plug.py": "P = 'plugged ' + __name__\n",
    "ppkg/__init__.py": "",
    "helper.py": "",
  },
});

CASES.push({
  name: "marshal_module",
  files: {
    "main.py": `import marshal
v = (1, -2, 2**70, 2.5, -0.0, 1+2j, 's', 'ünï', b'by', None, True, False, ..., [1, [2]], {'k': (3,)}, {4}, frozenset({5}))
d = marshal.dumps(v)
# (the exact bytes depend on CPython's reference counts (FLAG_REF), so only the round trip is compared)
print(marshal.loads(d) == v, marshal.version, marshal.loads(marshal.dumps('x' * 3)), marshal.dumps(7).hex())
def f(x):
    return x * 2
c = marshal.loads(marshal.dumps(f.__code__))
print(type(c).__name__, c.co_name, c.co_varnames)
for bad in (object(), print):
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print('ValueError', e)
for data in (b'', b'\\xe9\\x00', b'Q'):
    try:
        marshal.loads(data)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
try:
    marshal.loads(marshal.dumps(f.__code__), allow_code=False)
except ValueError as e:
    print('ValueError', e)
`,
  },
});
CASES.push({
  name: "thread_module",
  files: {
    "main.py": `import _thread
l = _thread.allocate_lock()
print(type(l).__name__, l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
with l:
    print('held', l.locked())
try:
    l.release()
except RuntimeError as e:
    print('RuntimeError', e)
r = _thread.RLock()
with r:
    with r:
        print(r._recursion_count(), r._is_owned())
print(r._is_owned(), _thread.get_ident() == _thread.get_ident(), _thread.error is RuntimeError)
loc = _thread._local()
loc.x = 3
print(loc.x, type(_thread.TIMEOUT_MAX).__name__)
`,
  },
});

const MAGIC = "2b0e0d0a";
CASES.push({
  name: "sourceless_errors",
  files: {
    "main.py": `for name in ('badmagic', 'shorthdr', 'badflags'):
    try:
        __import__(name)
    except (ImportError, EOFError) as e:
        print(type(e).__name__, e)
`,
    "badmagic.pyc": { hex: "61626364" + "00".repeat(12) },
    "shorthdr.pyc": { hex: MAGIC + "0000" },
    "badflags.pyc": { hex: MAGIC + "04000000" + "00".repeat(8) },
  },
});

// Programs started as `typhon ARGS...` (zipapps, directories, -m). The oracle cannot take -m or a zip on its command
// line, so its expectation comes from the equivalent runpy call (`code`), run in the same directory.
const MAIN_REPORT = `import sys
print(__name__, '/'.join(__file__.split('/')[-2:]), __package__ or None)
print(__spec__.name if __spec__ else None, sys.argv[1:])
import pkg.helper
print(pkg.helper.H, '/'.join(pkg.helper.__file__.split('/')[-3:]), type(pkg.helper.__loader__).__name__)
`;
export const RUNS = [
  {
    name: "zipapp",
    zips: { "app.zip": { "__main__.py": MAIN_REPORT, "pkg/__init__.py": "", "pkg/helper.py": "H = 'zipped helper'\n" } },
    args: ["app.zip", "a1"],
    code: "import runpy, sys\nsys.argv = ['app.zip', 'a1']\nrunpy.run_path('app.zip', run_name='__main__')\n",
  },
  {
    name: "pyz_with_shebang",
    zips: { "app.pyz": { "__main__.py": MAIN_REPORT, "pkg/__init__.py": "", "pkg/helper.py": "H = 'pyz helper'\n" } },
    shebang: { "app.pyz": "#!/usr/bin/env python3\n" },
    args: ["app.pyz"],
    code: "import runpy, sys\nsys.argv = ['app.pyz']\nrunpy.run_path('app.pyz', run_name='__main__')\n",
  },
  {
    name: "directory_with_main",
    files: { "app/__main__.py": MAIN_REPORT, "app/pkg/__init__.py": "", "app/pkg/helper.py": "H = 'dir helper'\n" },
    args: ["app", "x", "y"],
    code: "import runpy, sys\nsys.argv = ['app', 'x', 'y']\nrunpy.run_path('app', run_name='__main__')\n",
  },
  {
    name: "dash_m_module",
    files: { "tool.py": "import sys\nprint(__name__, __spec__.name, __package__, sys.argv[0].rsplit('/', 1)[1], sys.argv[1:])\n" },
    args: ["-m", "tool", "p", "q"],
    code: "import runpy, sys\nsys.path.insert(0, '.')\nsys.argv = ['-m', 'p', 'q']\nrunpy.run_module('tool', run_name='__main__', alter_sys=True)\n",
  },
  {
    name: "dash_m_package",
    files: {
      "pk/__init__.py": "print('pk init', __name__)\n",
      "pk/__main__.py": "import sys\nprint(__name__, __spec__.name, __package__, sys.argv[0].rsplit('/', 2)[1:])\nfrom . import util\nprint(util.U)\n",
      "pk/util.py": "U = 'util'\n",
    },
    args: ["-m", "pk"],
    code: "import runpy, sys\nsys.path.insert(0, '.')\nsys.argv = ['-m']\nrunpy.run_module('pk', run_name='__main__', alter_sys=True)\n",
  },
  {
    name: "dash_m_submodule",
    files: { "pk/__init__.py": "", "pk/sub.py": "print(__name__, __spec__.name, __package__)\n" },
    args: ["-m", "pk.sub"],
    code: "import runpy, sys\nsys.path.insert(0, '.')\nsys.argv = ['-m']\nrunpy.run_module('pk.sub', run_name='__main__', alter_sys=True)\n",
  },
];
