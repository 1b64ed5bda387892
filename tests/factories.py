"""Factories shared by all test folders. Pages are created under the real site structure."""

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

import factory
import wagtail_factories

from events.models import EventPage
from knowledge.models import ArticlePage, ToolkitPage
from knowledge.taxonomy import Audience, Region, Theme


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"gebruiker{n}@gemeente-voorbeeld.nl")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    password = factory.PostGenerationMethodCall("set_password", "Wachtwoord-voor-tests-1")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=extracted))
        if create:
            self.save()


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"RIEC Regio {n}")
    slug = factory.Sequence(lambda n: f"riec-regio-{n}")


class AudienceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Audience
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Doelgroep {n}")
    slug = factory.Sequence(lambda n: f"doelgroep-{n}")


class TaxonomyPageFactory(wagtail_factories.PageFactory):
    """Sets themes, regions and audiences (ParentalManyToMany: stored on the final save)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if extracted:
            self.regions.set(extracted)

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if extracted:
            self.audiences.set(extracted)

    @factory.post_generation
    def commit(self, create, extracted, **kwargs):
        if create:
            self.save()


class ArticlePageFactory(TaxonomyPageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Artikel {n} over ondermijning")
    article_type = ArticlePage.Type.NEWS
    first_published_at = factory.LazyFunction(timezone.now)
    summary = "Een samenvatting van dit artikel voor professionals."
    owner_name = "Redactie Kennisplatform"
    body = factory.LazyFunction(lambda: [("text", "<p>Inhoud van het artikel.</p>")])


class ToolkitPageFactory(TaxonomyPageFactory):
    class Meta:
        model = ToolkitPage

    title = factory.Sequence(lambda n: f"Toolkit {n}")
    first_published_at = factory.LazyFunction(timezone.now)
    summary = "Tips en materialen voor een weerbare organisatie."
    owner_name = "Redactie Kennisplatform"


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Webinar {n}")
    summary = "Een online bijeenkomst voor professionals."
    start = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=14))
    end = factory.LazyAttribute(lambda o: o.start + dt.timedelta(hours=2))
    event_format = EventPage.Format.WEBINAR
    online_platform = "Zoom"
    join_link = "https://meet.example.org/geheim-123"

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)
            self.save()


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration of a visitor; pass `user=` for a member's registration."""

    class Meta:
        model = "events.Registration"

    event = factory.SubFactory(EventPageFactory)
    name = factory.Faker("name", locale="nl_NL")
    email = factory.Sequence(lambda n: f"deelnemer{n}@politie-voorbeeld.nl")
    organisation = "Gemeente Voorbeeld"
    status = "confirmed"
    confirmed_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status in ("confirmed", "attended") else None
    )
    waitlisted_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == "waitlisted" else None
    )


# --- members ---------------------------------------------------------------------------------


class AllowedDomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "members.AllowedDomain"
        django_get_or_create = ("domain",)

    domain = factory.Sequence(lambda n: f"organisatie{n}.nl")
    organisation = "Voorbeeldorganisatie"


class ProfileFactory(factory.django.DjangoModelFactory):
    """A member's profile; everything hidden and unlisted unless the test says otherwise."""

    class Meta:
        model = "members.Profile"
        django_get_or_create = ("user",)
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory, roles=["Lid"])
    organisation = "Gemeente Voorbeeld"
    job_title = "Beleidsadviseur"

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
