print("using exit()")
exit(9)
