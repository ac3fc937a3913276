x = 'a' + None
