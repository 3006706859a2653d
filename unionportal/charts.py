"""The bar charts of the staff figures pages, drawn on the server as SVG (templates/includes/bar_chart.html):
no chart library, no script."""

from dataclasses import dataclass

from unionportal.money import format_dong

TOTAL = "Tổng cộng"


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


@dataclass(frozen=True)
class Chart:
    """One chart of a figures page, and the table it becomes in the print view and the spreadsheets."""

    title: str
    sheet: str  # its sheet's name in a workbook; Excel allows 31 characters
    label_heading: str
    count_heading: str
    bars: list
    money_saved: tuple = ()  # a value in dong per bar (the initiatives' money saved)

    def __iter__(self):
        return iter(self.bars)

    @property
    def total(self):
        return sum(bar.count for bar in self.bars)

    @property
    def lines(self):
        """(bar, money saved as "25.000.000 đ" or None) for the template."""
        money = [format_dong(amount) for amount in self.money_saved] or [None] * len(self.bars)
        return list(zip(self.bars, money, strict=True))

    @property
    def total_money_saved_display(self):
        return format_dong(sum(self.money_saved))

    def headers(self):
        money = ["Giá trị làm lợi (đồng)"] if self.money_saved else []
        return [self.label_heading, self.count_heading, *money]

    def rows(self):
        """The table with raw numbers, then its total: what the spreadsheets hold."""
        if not self.money_saved:
            return [*([bar.label, bar.count] for bar in self.bars), [TOTAL, self.total]]
        rows = [[bar.label, bar.count, amount] for bar, amount in zip(self.bars, self.money_saved, strict=True)]
        return [*rows, [TOTAL, self.total, sum(self.money_saved)]]
