import sys
print(sys.versoin)
