from fractions import Fraction
from decimal import Decimal, getcontext
a = Fraction(1, 3)
b = Fraction("2/7")
print(a + b, a * b, a / b, a - b, a ** 2, Fraction(0.75), Fraction("1.25"), float(a), a.limit_denominator(2))
print(Fraction(3.14159).limit_denominator(1000), sum(Fraction(1, n) for n in range(1, 6)), Fraction(6, 4) == Fraction(3, 2))
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), Decimal("1.30") * 2, Decimal("10").sqrt())
getcontext().prec = 50
print(Decimal(1) / Decimal(7))
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("-0"), Decimal("1e3"), Decimal("2.5").to_integral_value())
