"""Links staff type that pages put in an `href` (a banner slide's, the running line's, a quick link's).

Only web addresses (http, https) and the site's own paths may be stored: a `javascript:` or `data:`
link would run as whoever clicks it, on the admin's own origin. The rule is checked twice from the
same prefixes: by a validator, for a message on the field in every form, and by a database
constraint, for every other path in (imports, the shell, bulk updates).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

ALLOWED_PREFIXES = ("https://", "http://", "/")
# "//host/…" and "/\host/…" leave the site as "/" seems to promise (browsers read "\" as "/").
REFUSED_PREFIXES = ("//", "/\\")
MESSAGE = "Liên kết phải là địa chỉ web bắt đầu bằng https:// hoặc http://, hoặc đường dẫn trong trang bắt đầu bằng /."


def validate_link(value):
    lowered = value.lower()
    if (
        not lowered.startswith(ALLOWED_PREFIXES)
        or lowered.startswith(REFUSED_PREFIXES)
        # Browsers drop tabs and line breaks inside an address, so "/\n/host" would leave the site too.
        or any(character.isspace() or not character.isprintable() for character in value)
    ):
        raise ValidationError(MESSAGE, code="unsafe_link")


def safe_link_constraint(field, name):
    """The database's half of the rule: `field` is empty, a web address or a path on this site."""
    allowed = Q()
    for prefix in ALLOWED_PREFIXES:
        allowed |= Q(**{f"{field}__istartswith": prefix})
    for prefix in REFUSED_PREFIXES:
        allowed &= ~Q(**{f"{field}__startswith": prefix})
    return models.CheckConstraint(
        condition=Q(**{field: ""}) | allowed,
        name=name,
        violation_error_message=MESSAGE,
        violation_error_code="unsafe_link",
    )
