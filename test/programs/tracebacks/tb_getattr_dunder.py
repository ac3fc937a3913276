class Config:
    def __init__(self, data):
        self._data = data
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
c = Config({"debug": True})
print(c.debug)
print(c.verbose)
