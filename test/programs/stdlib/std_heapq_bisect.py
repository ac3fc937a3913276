import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print(data, heapq.nlargest(2, [7, 2, 9, 4, 1]), heapq.nsmallest(3, "hello"), list(heapq.merge([1, 4], [2, 3])))
s = [1, 3, 3, 5, 8]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 10))
bisect.insort(s, 4)
print(s)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
