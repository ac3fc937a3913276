import sys
x = 10.0 ** 100
print(x)
y = x ** 10
