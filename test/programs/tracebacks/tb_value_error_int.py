raw = ["1", "2", "three"]
nums = []
for r in raw:
    nums.append(int(r))
