import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("code", e.code)
def cleanup():
    try:
        sys.exit(7)
    finally:
        print("finally runs on exit")
try:
    cleanup()
except SystemExit as e:
    print("exit", e.code)
sys.exit(None)
