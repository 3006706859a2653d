"""Member lists leave the portal with no cell that a spreadsheet would run as a formula (finding 2)."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from members.resources import MemberResource
from tests.corpora import FORMULA_PAYLOADS
from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db

FORMATS = {"xlsx": "0", "csv": "1"}


def export(client, fmt):
    fields = {f"memberresource_{name}": "on" for name in MemberResource._meta.fields}
    response = client.post(reverse("admin:members_member_export"), {"format": FORMATS[fmt], **fields})
    assert response.status_code == 200, response.content[:500]
    if fmt == "csv":
        return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert not [cell.coordinate for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    return [[str(cell.value or "") for cell in row] for row in sheet.iter_rows()]


@pytest.fixture
def hostile_members(own_union):
    for number, payload in enumerate(FORMULA_PAYLOADS):
        MemberFactory(base_union=own_union, full_name=f"{payload} {number}", occupation=payload, position=payload)
    MemberFactory(base_union=own_union, full_name="Lê Thị Mai", occupation="Điều dưỡng", phone="+84 912 345 678")


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_exported_cell_starts_a_formula(client, sector_staff, hostile_members, fmt):
    client.force_login(sector_staff)
    rows = export(client, fmt)
    cells = [cell for row in rows[1:] for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))]
    # The text is all there, behind the apostrophe that makes a spreadsheet show it as text (an XLSX
    # file is XML: whether a carriage return comes back as itself or as a line feed is up to its writer).
    unfolded = {cell.replace("\r", "\n") for cell in cells}
    for payload in FORMULA_PAYLOADS:
        assert f"'{payload}".replace("\r", "\n") in unfolded
    assert "'+84 912 345 678" in cells
    assert "Điều dưỡng" in cells


def test_a_cell_with_a_control_character_does_not_break_the_xlsx_file(client, sector_staff, own_union):
    MemberFactory(base_union=own_union, full_name="Phạm Văn Tâm", occupation="Bác\x07 sĩ")
    client.force_login(sector_staff)
    assert [cell for row in export(client, "xlsx") for cell in row if cell.startswith("Bác")] == ["Bác sĩ"]
