def process(items):
    errors = []
    for i in items:
        try:
            if i < 0:
                raise ValueError(f"negative {i}")
            if i == 0:
                raise ZeroDivisionError("zero")
        except (ValueError, ZeroDivisionError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch failed", errors)
try:
    process([1, -2, 0, 3, -4])
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions])
except* ZeroDivisionError as g:
    print("zeros:", [str(e) for e in g.exceptions])
try:
    process([1, 2])
    print("no errors")
except* ValueError:
    print("unreachable")
