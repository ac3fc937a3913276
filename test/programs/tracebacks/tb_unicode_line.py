texte = "héllo wörld 😀"
résultat = texte.encode("ascii")
