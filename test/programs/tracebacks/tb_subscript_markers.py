matrix = [[1, 2], [3, 4]]
row = 1
print(matrix[row][0])
print(matrix[row][5])
