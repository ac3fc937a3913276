import sys
try:
    print("try body")
    raise ValueError("pending")
finally:
    print("finally calls sys.exit(4)")
    sys.exit(4)
