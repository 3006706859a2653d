"""The decision page's award lines as a table: each line's admin fields by name, to group them in cells."""

from django import template

register = template.Library()


@register.filter
def fields_by_name(inline_admin_form):
    """{name: admin field} of one inline form, editable or read-only, as Django's tabular template iterates them."""
    fields = {}
    for fieldset in inline_admin_form:
        for line in fieldset:
            for field in line:
                name = field.field["name"] if field.is_readonly else field.field.name
                fields[name] = field
    return fields
