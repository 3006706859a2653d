"""Who sees which base union's rows: the one rule every app's union rows follow, in their querysets and admin.

The sector union's staff see every union; a base-union officer sees only the union they manage,
whatever URL they type."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.http import Http404

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


class UnionScopedRelatedFilter(admin.RelatedFieldListFilter):
    """A list filter on a union-scoped relation (a member's union group) offers only the rows the user may see.

    Registered for every such relation below, so no admin list can name another union's groups or
    unions in its filter, whichever app's admin it is.
    """

    def field_choices(self, field, request, model_admin):
        ordering = self.field_admin_ordering(field, request, model_admin) or field.related_model._meta.ordering
        rows = field.related_model._default_manager.for_user(request.user).order_by(*ordering)
        return [(row.pk, str(row)) for row in rows]


def is_union_scoped_relation(field):
    return field.is_relation and hasattr(field.related_model._default_manager, "for_user")


admin.FieldListFilter.register(is_union_scoped_relation, UnionScopedRelatedFilter, take_priority=True)


class UnionScopedAdmin(admin.ModelAdmin):
    """An officer sees, chooses and saves only their own base union's rows, whatever the URL."""

    # Foreign keys that may point outside the officer's union (a transfer's receiving side).
    unscoped_foreign_keys = ()

    def get_queryset(self, request):
        return super().get_queryset(request).for_user(request.user)

    def get_object(self, request, object_id, from_field=None):
        # Not found, rather than the admin's redirect, for rows outside the officer's union.
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404("Không tìm thấy.")
        return obj

    def get_changeform_initial_data(self, request):
        # An officer adds rows to the one union they manage.
        return {"base_union": managed_union_id(request.user), **super().get_changeform_initial_data(request)}

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        related = db_field.related_model._default_manager
        if db_field.name not in self.unscoped_foreign_keys and hasattr(related, "for_user"):
            kwargs["queryset"] = related.for_user(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            if not type(obj).objects.for_user(request.user).filter(pk=obj.pk).exists():
                raise PermissionDenied
