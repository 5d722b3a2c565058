"""Helpers imported by app.py (a module beside the script)."""


def total_by_fruit(rows: list[dict[str, str]]) -> dict[str, int]:
    """Sum the ``count`` column per ``fruit``."""
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["fruit"]] = totals.get(row["fruit"], 0) + int(row["count"])
    return totals
