import factory
from django.utils import timezone

from polls.models import Poll, PollOption


class PollFactory(factory.django.DjangoModelFactory):
    """An open poll shown in the side column; `closed=True` for one that has ended.

    PollFactory(options=["Có", "Không"]) adds the options in that order.
    """

    class Meta:
        model = Poll
        skip_postgeneration_save = True

    question = factory.Sequence(lambda n: f"Bạn quan tâm nhất đến hoạt động nào của công đoàn? ({n})")
    opens_at = factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(days=7))

    class Params:
        closed = factory.Trait(closes_at=factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(days=1)))

    @factory.post_generation
    def options(poll, create, extracted, **kwargs):
        if create and extracted:
            for order, text in enumerate(extracted):
                poll.options.create(text=text, order=order)


class PollOptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PollOption

    poll = factory.SubFactory(PollFactory)
    text = factory.Sequence(lambda n: f"Phương án {n}")
    order = factory.Sequence(lambda n: n)
