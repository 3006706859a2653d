"""Who reviews award proposals and records decisions: the permission, and the group made by migration 0003."""

REVIEW_PERMISSION = "awards.review_proposal"
EMULATION_OFFICE = "Văn phòng thi đua"
