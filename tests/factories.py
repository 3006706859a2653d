"""Factories every app's tests use."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


class StaffFactory(factory.django.DjangoModelFactory):
    """A staff account in one of the newsroom groups made by migration."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"canbo{n}")
    is_staff = True
    password = factory.django.Password("mat-khau-thu")

    @factory.post_generation
    def group(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(Group.objects.get(name=extracted))
