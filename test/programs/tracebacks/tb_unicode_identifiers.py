def größe(wert):
    return wert["höhe"] * 2
größe({"breite": 3})
