class B:
    def step(self):
        return self
    def fail(self):
        raise ValueError("chained failure")
obj = B()
result = (obj
    .step()
    .step()
    .fail())
