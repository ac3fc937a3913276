data = {"alpha": [1, 2, 3], "beta": [4, 5, 6], "gamma": [7, 8, 9], "delta": None}
total = sum(data["alpha"]) + sum(data["beta"]) + sum(data["gamma"]) + sum(data["delta"]) + 100
