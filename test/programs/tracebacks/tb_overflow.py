import sys
x = 10 ** 100
print(float(x))
y = float(x ** 4)
