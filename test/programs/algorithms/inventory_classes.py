class Item:
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price}, {self.qty})"
    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.price) == (other.name, other.price)
    def __hash__(self):
        return hash((self.name, self.price))
class Perishable(Item):
    def __init__(self, name, price, qty=1, days=3):
        super().__init__(name, price, qty)
        self.days = days
    @property
    def total(self):
        base = super().total
        return round(base * 0.5, 2) if self.days <= 1 else base
class Inventory:
    def __init__(self):
        self.items = []
    def add(self, item):
        for existing in self.items:
            if existing == item:
                existing.qty += item.qty
                return self
        self.items.append(item)
        return self
    def __iter__(self):
        return iter(sorted(self.items, key=lambda i: (-i.total, i.name)))
    def __len__(self):
        return sum(i.qty for i in self.items)
    def value(self):
        return sum(i.total for i in self.items)
inv = Inventory()
inv.add(Item("hammer", 12.5)).add(Item("nails", 0.05, 200)).add(Perishable("milk", 1.2, 2, days=1)).add(Item("hammer", 12.5, 2))
for it in inv:
    print(it, it.total)
print(len(inv), round(inv.value(), 2), len({Item("x", 1), Item("x", 1), Item("y", 1)}))
