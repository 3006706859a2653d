"""Admin helpers every app's admin may use."""

from django.contrib import admin
from django.utils.html import format_html


def thumbnail(image_spec, description):
    """A list column's small photo: the rendition given, or a dash when there is no photo."""
    if not image_spec:
        return "—"
    return format_html('<img src="{}" alt="{}" width="80" height="50" loading="lazy">', image_spec.url, description)


class ReadOnlyAdmin(admin.ModelAdmin):
    """A log that its own steps write and nobody edits: listed and opened, never added, changed or deleted."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
