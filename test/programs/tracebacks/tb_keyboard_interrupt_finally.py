try:
    print("working")
    raise KeyboardInterrupt
finally:
    print("cleanup runs")
