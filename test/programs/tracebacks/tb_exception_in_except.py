try:
    {}["missing"]
except KeyError:
    [].pop()
