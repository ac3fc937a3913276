name = input()
print("hello,", name)
age = input("age? ")
print("age:", int(age) + 1)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        print("EOF")
        break
print(rest)
