import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7), math.fabs(-4), math.factorial(20), math.gcd(48, 18), math.lcm(4, 6))
print(math.isqrt(10**20 + 1), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.pow(2, 10))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), math.atan2(1, 1) == math.pi / 4, math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.copysign(3, -0.0), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
print(math.dist((0, 0), (3, 4)), math.fmod(-7, 3), math.remainder(7, 3), math.cbrt(27.0), math.nextafter(1.0, 2.0), math.ulp(1.0))
