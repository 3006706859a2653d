"""Money as Vietnamese readers write it."""


def format_dong(amount):
    """325000000 -> "325.000.000 đ"."""
    return f"{amount or 0:,} đ".replace(",", ".")
