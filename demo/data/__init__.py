"""The demo's data as plain records: one module per app it fills, read by the demo module of the
same name (`demo/members.py` reads `demo/data/members.py`, and so on).
"""

# The union is invented; its province is real, so names of places read naturally.
PROVINCE = "Hà Tĩnh"
# Every random draw of the demo starts from this seed, so every fresh database gets the same demo.
SEED = 2026
