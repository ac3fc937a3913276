import sys
x = 10**5000
for f in (str, repr, lambda v: f'{v}', lambda v: format(v, 'd'), lambda v: '%d' % v):
    try:
        print(len(f(x)))
    except ValueError as e: print('VE', e)
print(len(hex(x)), sys.get_int_max_str_digits())
try: int('1'*5000)
except ValueError as e: print('VE', e)
try: sys.set_int_max_str_digits(100)
except ValueError as e: print('VE', e)
sys.set_int_max_str_digits(0); print(len(str(x)), len(str(int('1'*5000))))
sys.set_int_max_str_digits(maxdigits=640); print(sys.get_int_max_str_digits())
try: str(10**700)
except ValueError as e: print('VE', e)
print(str(-10**639)[:5])
sys.set_int_max_str_digits(4300)
big = 10**400
print(len('%d' % big), len('%x' % big), len(f'{big:,}'))
try:
    big + 1.0
except OverflowError as e:
    print('OverflowError', e)
