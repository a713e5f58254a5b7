"""Factories for the helpdesk's snippets and pages."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories

from django.utils import timezone

from wagtail.models import Locale

from pages import models


def english():
    return Locale.objects.get(language_code="en")


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Sector

    name = factory.Sequence(lambda n: f"Sector {n}")
    slug = factory.Sequence(lambda n: f"sector-{n}")
    ecosystem = "digital"
    locale = factory.LazyFunction(english)


class WebinarSeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.WebinarSeries

    name = "EU-Japan regional cooperation good practices"
    slug = factory.Sequence(lambda n: f"series-{n}")
    locale = factory.LazyFunction(english)


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Office

    name = factory.Sequence(lambda n: f"Office {n}")
    side = "EU"
    city = "Strasbourg"
    country = "FR"
    email = "ejrc@eu-japan.eu"
    locale = factory.LazyFunction(english)


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.HomePage

    title = "Home"


class InformationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.InformationPage

    title = factory.Sequence(lambda n: f"Information {n}")
    summary = "Who runs the helpdesk and how to reach it."


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.NewsIndexPage

    title = "News"

    class Params:
        # The title of its Japanese translation in the test trees.
        japanese_title = "ニュース"


class WebinarIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.WebinarIndexPage

    title = "Webinars"

    class Params:
        # The title of its Japanese translation in the test trees.
        japanese_title = "ウェビナー"


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.EventIndexPage

    title = "Events"

    class Params:
        # The title of its Japanese translation in the test trees.
        japanese_title = "イベント"


class CallIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.CallIndexPage

    title = "Calls"

    class Params:
        # The title of its Japanese translation in the test trees.
        japanese_title = "公募"


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.PartnerIndexPage

    title = "Partners"

    class Params:
        # The title of its Japanese translation in the test trees.
        japanese_title = "パートナー"


class PartnershipIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.PartnershipIndexPage

    title = "Partnerships"

    class Params:
        # The title of its Japanese translation in the test trees.
        japanese_title = "パートナーシップ"


class PartnershipPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.PartnershipPage

    title = factory.Sequence(lambda n: f"Partnership {n}")
    summary = "A European and a Japanese partner working together."
    since = 2015
    outcomes = "<p>Joint projects and exchanges.</p>"


class PartnerPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.PartnerPage

    title = factory.Sequence(lambda n: f"Partner {n}")
    official_name = factory.LazyAttribute(lambda o: o.title)
    kind = models.PartnerPage.Kind.EU_CLUSTER
    country = "FR"


class WebinarPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.WebinarPage

    title = factory.Sequence(lambda n: f"Webinar {n}")
    summary = "A good-practice webinar."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    duration_minutes = 90


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.EventPage

    title = factory.Sequence(lambda n: f"Event {n}")
    summary = "A conference with matchmaking."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=60))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(days=1, hours=3))


class CallPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.CallPage

    title = factory.Sequence(lambda n: f"Call {n}")
    summary = "A call for expression of interest."
    opening_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=10))
    deadline_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=20))
    target_audience = "<p>EU cluster managers.</p>"
    eligibility = "<p>Registered on the ECCP.</p>"
    places = 10
    grant_amount = Decimal("700.00")
    application_email = "ejrc@eu-japan.eu"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.NewsPage

    title = factory.Sequence(lambda n: f"News {n}")
    date = datetime.date(2022, 7, 1)
    summary = "Something happened."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Body text.</p>")])
