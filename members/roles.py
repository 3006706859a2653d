"""The two members groups, made by migration 0002: base-union officers and sector-union staff."""

OFFICERS = "Cán bộ công đoàn cơ sở"
SECTOR_STAFF = "Cán bộ công đoàn ngành"
