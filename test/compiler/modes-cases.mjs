// compile() modes other than "exec": [mode, source]. The oracle script loads each code object and runs it
// (eval -> repr of the value; single -> exec, echoing expression statements like the REPL; exec with -O/-OO).
export const MODE_CASES = [
  ["eval", "1 + 2 * 3"],
  ["eval", "[x * x for x in range(4)]"],
  ["eval", "(lambda a, b=2: a + b)(1)"],
  ["eval", "{k: v for k, v in zip('ab', (1, 2))} | {'c': 3}"],
  ["eval", "f'{1+1:>4}|{\"s\"!r}'"],
  ["eval", "sum(i for i in range(10) if i % 2)"],
  ["eval", "(y := 5) + y"],
  ["eval", "None"],
  ["eval", "__debug__"],
  ["single", "1 + 1\n"],
  ["single", "x = 5\n"],
  ["single", "for i in range(3): i\n"],
  ["single", "if True:\n    'text'\n    None\n    [1, 2]\n\n"],
  ["single", "def f():\n    return 42\n\n"],
  ["single", "'not a docstring'\n"],
  ["single", "print('hi')\n"],
  ["single", "import math; math.pi\n"],
  ["exec-O1", "assert False, 'removed'\nprint(__debug__)\nif __debug__:\n    print('debug')\nelse:\n    print('optimized')\n"],
  ["exec-O2", "'''module doc'''\ndef f():\n    '''function doc'''\n    return 1\nclass C:\n    '''class doc'''\nprint(__doc__, f.__doc__, C.__doc__, f())\n"],
  ["exec-O0", "'''module doc'''\ndef f():\n    '''function doc'''\n    return 1\nprint(__doc__, f.__doc__, f())\nassert f() == 1\n"],
];
