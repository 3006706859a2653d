"""Admin helpers every app's admin may use."""

from django.utils.html import format_html


def thumbnail(image_spec, description):
    """A list column's small photo: the rendition given, or a dash when there is no photo."""
    if not image_spec:
        return "—"
    return format_html('<img src="{}" alt="{}" width="80" height="50" loading="lazy">', image_spec.url, description)
