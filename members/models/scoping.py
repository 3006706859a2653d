"""Who sees which base union's rows: the one rule every members QuerySet and admin uses."""

from django.db import models

SECTOR_PERMISSION = "members.view_all_unions"


def sees_all_unions(user):
    return user.is_active and (user.is_superuser or user.has_perm(SECTOR_PERMISSION))


def managed_union_id(user):
    """The id of the base union an officer manages, or None. Cached on the user for the request."""
    if not hasattr(user, "_managed_union_id"):
        from members.models.officer import Officer

        user._managed_union_id = (
            Officer.objects.filter(user_id=user.pk).values_list("base_union_id", flat=True).first()
            if user.is_authenticated
            else None
        )
    return user._managed_union_id


class UnionScopedQuerySet(models.QuerySet):
    """Rows an officer may see: those whose `union_lookups` point at the union they manage."""

    union_lookups = ("base_union",)

    def for_user(self, user):
        if sees_all_unions(user):
            return self
        union_id = managed_union_id(user)
        if union_id is None:
            return self.none()
        condition = models.Q()
        for lookup in self.union_lookups:
            condition |= models.Q(**{lookup: union_id})
        return self.filter(condition)
