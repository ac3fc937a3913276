def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def matpow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result
fibm = [[1, 1], [1, 0]]
print(matpow(fibm, 10), matpow(fibm, 100)[0][1])
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b), list(map(list, zip(*a))))
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
from fractions import Fraction
def inverse2(m):
    (a, b), (c, d) = m
    D = Fraction(a * d - b * c)
    return [[d / D, -b / D], [-c / D, a / D]]
print(inverse2([[4, 7], [2, 6]]))
