# Object- and attribute-heavy code: a small task scheduler simulation with classes, methods and polymorphism.
class Packet:
    __slots__ = ("link", "ident", "kind", "datum", "data")
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4
class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
        self.queue = []
        self.count = 0
        self.held = False
    def run(self, sched, packet):
        raise NotImplementedError
class Worker(Task):
    def __init__(self, name, priority):
        super().__init__(name, priority)
        self.dest = 0
    def run(self, sched, packet):
        if packet is None:
            return None
        self.dest = 1 - self.dest
        packet.datum = self.dest
        for i in range(4):
            packet.data[i] = (packet.data[i] + i + self.count) % 26
        self.count += 1
        sched.send(self.dest + 2, packet)
        return packet
class Handler(Task):
    def run(self, sched, packet):
        if packet is None:
            return None
        self.count += packet.datum + sum(packet.data)
        if self.count % 7 == 0:
            sched.hold(self)
        sched.send(0, packet)
        return packet
class Idle(Task):
    def run(self, sched, packet):
        self.count += 1
        if self.count % 5 == 0:
            sched.release_all()
        if packet is not None:
            sched.send(1, packet)
        return packet
class Scheduler:
    def __init__(self):
        self.tasks = [Idle("idle", 0), Worker("worker", 1), Handler("handlerA", 2), Handler("handlerB", 2)]
        self.steps = 0
    def send(self, ident, packet):
        self.tasks[ident].queue.append(packet)
    def hold(self, task):
        task.held = True
    def release_all(self):
        for t in self.tasks:
            t.held = False
    def schedule(self, n):
        for t in self.tasks:
            for i in range(3):
                t.queue.append(Packet(None, i, t.priority))
        while self.steps < n:
            self.steps += 1
            ran = False
            for t in sorted(self.tasks, key=lambda t: -t.priority):
                if t.held or not t.queue:
                    continue
                p = t.queue.pop(0)
                t.run(self, p)
                ran = True
                break
            if not ran:
                self.tasks[0].run(self, None)
        return sum(t.count for t in self.tasks), [t.count for t in self.tasks]
print(Scheduler().schedule(400000))
