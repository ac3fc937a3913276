val = object()
print(f"value: {val.__class__.__name__}")
print(f"format: {val:>10}")
