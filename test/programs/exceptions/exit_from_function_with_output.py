import sys
def main():
    for i in range(3):
        print("step", i)
    print("error summary", file=sys.stderr)
    return 2
if __name__ == "__main__":
    sys.exit(main())
