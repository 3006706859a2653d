"""How crispy-forms draws the portal's forms: the fields only, and in the admin the admin's own markup.

A page keeps its <form> element (URL, method, csrf token, form media) and its buttons in the
template, beside the links that go with them; crispy draws what comes from the form class.
"""

from crispy_forms.helper import FormHelper


class FieldsHelper(FormHelper):
    """The form's fields in Bootstrap 5 markup (crispy's template pack), for the public pages."""

    form_tag = False
    disable_csrf = True
    include_media = False


class AdminFieldsHelper(FieldsHelper):
    """The form's fields as Django's admin draws its own form rows, for forms inside admin pages.

    The admin does not load Bootstrap: crispy's bootstrap5 markup would lose the admin's red error
    lists and grey help texts there, so these two templates draw the rows the admin styles.
    """

    template = "admin/crispy/form.html"
    field_template = "admin/crispy/field.html"
