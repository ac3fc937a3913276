raise SystemExit("usage: prog [options]")
