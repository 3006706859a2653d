"""Revisions of articles and the recycle bin. Filled in by the revisions work."""


class RevisionsMixin:
    pass
