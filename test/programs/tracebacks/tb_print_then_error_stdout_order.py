import sys
for i in range(5):
    print("line", i)
sys.stdout.write("partial line without newline")
raise SystemError("order of stdout and stderr")
