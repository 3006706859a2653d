"""Rows for the bar charts on the staff figures pages, drawn on the server as SVG: no chart library."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    percent: float  # of the largest bar in its chart, 0-100

    @property
    def gap(self):
        """Space above a column in a chart 110 units high (10 units of headroom)."""
        return round(110 - self.percent, 1)


def bars(counts):
    """[(label, count), …] -> Bars scaled to the largest count."""
    largest = max((count for _, count in counts), default=0) or 1
    return [Bar(label, count, round(100 * count / largest, 1)) for label, count in counts]
