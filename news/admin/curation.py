"""Home page pins and preview links for drafts. Filled in by the curation work."""


class PreviewLinksMixin:
    pass
