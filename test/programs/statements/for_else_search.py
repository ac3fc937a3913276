def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for n in [7, 9, 13, 15, 2]:
    find_prime_factor(n)
primes = []
for n in range(2, 50):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
