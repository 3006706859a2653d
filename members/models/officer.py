from django.conf import settings
from django.db import models


class Officer(models.Model):
    """Ties a staff account to the one base union it manages (group "Cán bộ công đoàn cơ sở")."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="union_officer",
        verbose_name="tài khoản",
    )
    base_union = models.ForeignKey(
        "members.BaseUnion", on_delete=models.PROTECT, related_name="officers", verbose_name="công đoàn cơ sở"
    )

    class Meta:
        ordering = ["base_union__name", "user__username"]
        verbose_name = "cán bộ công đoàn cơ sở"
        verbose_name_plural = "cán bộ công đoàn cơ sở"

    def __str__(self):
        return f"{self.user} – {self.base_union}"

    def grant_access(self):
        """Let the account into the admin with the officers' permissions."""
        from django.contrib.auth.models import Group

        from members.roles import OFFICERS

        if not self.user.is_staff:
            self.user.is_staff = True
            self.user.save(update_fields=["is_staff"])
        self.user.groups.add(Group.objects.get(name=OFFICERS))
