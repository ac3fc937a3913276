# Deep recursion / call overhead: naive fib and ackermann. Prints a checksum.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
import sys
sys.setrecursionlimit(10000)
N = 31
print("fib", N, fib(N))
print("ack(2, 300)", ack(2, 300))
