compile("for x in range(3)\n    pass\n", "<generated>", "exec")
