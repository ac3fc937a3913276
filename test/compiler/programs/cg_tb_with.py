class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def run():
    with CM() as c:
        c.undefined_method()
run()
