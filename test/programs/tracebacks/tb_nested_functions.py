class Service:
    def handle(self, request):
        def validate(r):
            if "id" not in r:
                raise KeyError("id")
            return r["id"]
        return validate(request)
s = Service()
print(s.handle({"id": 7}))
s.handle({})
