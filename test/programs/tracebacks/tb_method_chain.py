text = "  Hello  "
result = text.strip().lower().replace("l", 1)
