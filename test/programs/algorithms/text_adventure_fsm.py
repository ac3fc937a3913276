transitions = {
    ("idle", "coin"): "ready",
    ("ready", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
    ("idle", "push"): "idle",
}
def run(events):
    state = "idle"
    log = [state]
    for e in events:
        nxt = transitions.get((state, e))
        if nxt is None:
            log.append(f"!{e}")
            continue
        state = nxt
        log.append(state)
    return log
print(run(["push", "coin", "coin", "push", "done", "done", "coin"]))
class Light:
    def __init__(self):
        self.state = self.red
    def red(self): self.state = self.green; return "red"
    def green(self): self.state = self.yellow; return "green"
    def yellow(self): self.state = self.red; return "yellow"
    def tick(self): return self.state()
l = Light()
print([l.tick() for _ in range(7)])
