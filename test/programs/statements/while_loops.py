i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while-else runs when no break")
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("not printed")
print("n =", n)
# nested with break in inner loop
a = 0
while a < 3:
    b = 0
    while b < 10:
        if b == 2:
            break
        b += 1
    print(a, b)
    a += 1
# while with complex condition
x, y = 10, 0
while x > 0 and y < 4:
    x -= 3
    y += 1
print(x, y)
count = 0
while count < 3:
    count += 1
    try:
        if count == 2:
            continue
    finally:
        print("finally", count)
