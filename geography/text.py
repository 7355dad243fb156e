import unicodedata


def fold(text: str) -> str:
    """`text` in lower case without accents: how names are compared and searched."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()
