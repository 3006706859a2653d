"""Who reviews emulation registrations: the permission, and the group made by migration 0002."""

REVIEW_PERMISSION = "emulation.review_registration"
EMULATION_OFFICE = "Văn phòng thi đua"
