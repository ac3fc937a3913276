type Point = tuple[float, float]
print(Point.__name__, Point.__value__)
type ListOrSet[T] = list[T] | set[T]
print(ListOrSet.__name__, ListOrSet.__type_params__)
print(ListOrSet.__value__)
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 2, 1]), first.__type_params__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(5).get(), Box.__type_params__)
print(Box[int])
type Recursive = list[Recursive] | int
print(Recursive.__value__)
