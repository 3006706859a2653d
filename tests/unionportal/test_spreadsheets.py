import pytest

from tests.corpora import FORMULA_PAYLOADS
from unionportal.spreadsheets import inert, read_cell


@pytest.mark.parametrize("payload", FORMULA_PAYLOADS)
def test_a_formula_is_written_as_text_and_read_back_as_it_was(payload):
    assert inert(payload) == f"'{payload}"
    assert read_cell(inert(payload)) == payload


@pytest.mark.parametrize("value", ["Nguyễn Thị Hoa", "YT0001234", "", "'quoted by hand", 42, -3, 2.5, None])
def test_other_values_are_left_as_they_are(value):
    assert inert(value) == value
    if isinstance(value, str):
        assert read_cell(value) == value


def test_control_characters_that_xlsx_cannot_hold_are_dropped():
    assert inert("Bác\x00\x07 sĩ") == "Bác sĩ"
    assert read_cell("YT\x000001") == "YT0001"
