"""The demo content: what the first load creates, and that loading it again changes nothing.

Page types come from the registry and numbers from the database, so a new page kind or demo
item needs no edit here; seed facts (the flyer's webinars, the call, the events) stay pinned.
"""

import datetime
import html
import re
from decimal import Decimal
from io import StringIO

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation

from wagtail.actions.copy_for_translation import ParentNotTranslatedError
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site, TranslatableMixin
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, TranslationSource

from demo import japanese
from editorial.roles import ADMINISTRATORS, EDITORS, MODERATORS, REVIEWERS, TRANSLATORS
from pages import models
from pages.models.snippets import INDUSTRIAL_ECOSYSTEMS
from pages.registry import INDEX_KINDS, ITEM_KINDS, PAGE_KINDS
from pages.timezones import dual_clock
from pages.translation import MissingStringsError, translate_instance
from pages.visibility import public_pages
from tests.kinds import root_list_field

UTC = datetime.UTC
JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

# The series flyer's titles, in its order.
WEBINAR_TITLES = [
    "10 years of win-win relations on Agri-Food innovation",
    "Evolving partnerships for renewable energy and regional revitalization",
    "EU-Japan multi-partners alliance for supporting business in health-related life sciences",
    "Concept-based regional cooperation",
    "Towards future in medical technologies - A successful EU-Japan regional collaborative "
    "approach",
    "Carbon Neutrality through Smart Forest Bioeconomy",
    "From a regional partnership between Hyogo/Kobe - North Germany to a EU-Japan regional "
    "cooperation in medical industry",
    "A successful regional partnership in terms of industrial policy, food industry and "
    "cultural tourism between Basque Country and Mie prefecture",
    "New local government collaboration style between EU and Japan municipalities in fields of "
    "energy, agriculture, education and social welfare that transcends sister cities",
]

MATCHMAKING_SECTORS = {
    "Biotechnology & Healthcare",
    "Environmental Technology & Circular Economy",
    "Agri-food",
    "Digital",
    "Photonics & Manufacturing",
    "Sustainable Tourism",
}

LANGUAGES = ["en", "ja"]
# The helpdesk's standing pages, whatever else the demo holds: about, contact, the legal texts.
INFORMATION_SLUGS = {"about", "contact", "legal-notice", "privacy", "accessibility"}


def kind_id(kind):
    return kind.name


def translatable_snippets():
    """The translatable models that are not pages (sectors, series, offices)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page)
    ]


def all_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def reported(output):
    """{label: (created, already present)} of the lines of a load's report."""
    return {
        label: (int(created), int(present))
        for label, created, present in re.findall(
            r"^  (.+): (\d+) created, (\d+) already present$", output, re.MULTILINE
        )
    }


def test_first_load_reports_what_it_created(demo, en, ja):
    pages = {
        str(kind.model._meta.verbose_name_plural): kind.model.objects.filter(locale=en).count()
        for kind in PAGE_KINDS
        if kind not in INDEX_KINDS
    }
    indexes = sum(kind.model.objects.filter(locale=en).count() for kind in INDEX_KINDS)
    snippets = {
        str(model._meta.verbose_name_plural): model.objects.filter(locale=en).count()
        for model in translatable_snippets()
    }
    translations = Page.objects.filter(locale=ja).count() + sum(
        model.objects.filter(locale=ja).count() for model in translatable_snippets()
    )
    expected = {
        **pages,
        "section indexes": indexes,
        **snippets,
        "images": get_image_model().objects.count(),
        "Japanese translations": translations,
    }
    report = reported(demo)
    # Each line counts what the database holds, all of it new.
    assert {label: report.get(label) for label in expected} == {
        label: (count, 0) for label, count in expected.items()
    }


def test_first_load_creates_an_account_per_role_and_prints_its_password(demo):
    assert "users: 5 created, 0 already present" in demo
    accounts = {
        user.username: (
            [group.name for group in user.groups.all()],
            UserProfile.get_for_user(user).preferred_language,
            user.get_full_name(),
        )
        for user in get_user_model().objects.prefetch_related("groups")
    }
    assert accounts == {
        "editor": ([EDITORS], "en", "Claire Dubois"),
        "translator": ([TRANSLATORS], "ja", "由美 佐藤"),
        "moderator": ([MODERATORS], "en", "Jan Novak"),
        "reviewer": ([REVIEWERS], "ja", "健 田中"),
        "administrator": ([ADMINISTRATORS], "en", "Anna Berg"),
    }
    for username, (groups, _language, _name) in accounts.items():
        printed = rf"Log in as '{username}' \({groups[0]}\) with password '([^']+)'\."
        password = re.search(printed, demo)[1]
        assert get_user_model().objects.get(username=username).check_password(password) is True


def translation_keys(model, locale):
    return sorted(model.objects.filter(locale=locale).values_list("translation_key", flat=True))


@pytest.mark.parametrize("kind", PAGE_KINDS, ids=kind_id)
def test_first_load_creates_every_page_once_per_language(kind, en, ja):
    english = translation_keys(kind.model, en)
    assert english != []
    assert translation_keys(kind.model, ja) == english


@pytest.mark.parametrize("model", translatable_snippets(), ids=lambda model: model.__name__)
def test_first_load_creates_every_snippet_once_per_language(model, en, ja):
    english = translation_keys(model, en)
    assert english != []
    assert translation_keys(model, ja) == english


def test_every_partner_and_article_has_an_image_of_its_own(en):
    images = [
        *models.PartnerPage.objects.filter(locale=en).values_list("logo_id", flat=True),
        *models.NewsPage.objects.filter(locale=en).values_list("image_id", flat=True),
    ]
    assert None not in images
    assert len(set(images)) == len(images)


def test_second_load_changes_nothing(demo):
    before = all_counts()
    revisions = set(Revision.objects.values_list("pk", flat=True))
    output = StringIO()

    call_command("load_demo_content", stdout=output)

    assert all_counts() == before
    assert set(Revision.objects.values_list("pk", flat=True)) == revisions
    assert "Nothing created" in output.getvalue()
    assert not re.search(r"\b[1-9]\d* created", output.getvalue())


def test_site_serves_the_english_home_and_the_welcome_page_is_gone(en, ja):
    site = Site.objects.get(is_default_site=True)
    home = models.HomePage.objects.get(locale=en)
    assert (site.root_page_id, site.site_name) == (home.pk, "EJRC Helpdesk")
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()
    assert home.get_translation(ja).get_parent().is_root()
    children = list(home.get_children().specific())
    # One index per section of the registry; the home page's other children are information
    # pages, every one of them.
    assert sorted(
        type(child).__name__ for child in children if type(child) is not models.InformationPage
    ) == sorted(kind.model.__name__ for kind in INDEX_KINDS)
    information = models.InformationPage.objects.filter(locale=en)
    assert sorted(
        child.pk for child in children if type(child) is models.InformationPage
    ) == sorted(information.values_list("pk", flat=True))
    assert set(information.values_list("slug", flat=True)) >= INFORMATION_SLUGS


def test_settings_and_snippets(en):
    helpdesk = models.HelpdeskSettings.load()
    assert (helpdesk.contact_email, helpdesk.website_url, helpdesk.x_handle) == (
        "ejrc@eu-japan.eu",
        "https://www.ejrc-helpdesk.eu/",
        "EJRCHelpdesk",
    )
    sectors = models.Sector.objects.filter(locale=en)
    assert set(sectors.values_list("name", flat=True)) >= MATCHMAKING_SECTORS
    ecosystems = {code for code, _ in INDUSTRIAL_ECOSYSTEMS}
    assert all(sector.ecosystem in ecosystems for sector in sectors)
    offices = models.Office.objects.filter(locale=en)
    assert [(o.side, o.city) for o in offices] == [
        ("EU", "Strasbourg"),
        ("JP", "Tokyo"),
        ("JP", "Gifu Prefecture"),
        ("JP", "Iwate Prefecture"),
    ]
    for office in offices:
        office.full_clean()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_KINDS, ids=kind_id)
def test_every_demo_page_is_live_public_and_valid(demo, kind, language):
    pages = kind.model.objects.filter(locale__language_code=language)
    ids = sorted(pages.values_list("pk", flat=True))
    assert ids != []
    public = public_pages(kind.model, locale=language)
    assert sorted(public.values_list("pk", flat=True)) == ids
    for page in pages:
        page.full_clean()


@pytest.mark.parametrize("kind", PAGE_KINDS, ids=kind_id)
def test_japanese_pages_are_written_in_japanese(kind, en, ja):
    for page in kind.model.objects.filter(locale=en):
        translated = page.get_translation(ja)
        assert JAPANESE_SCRIPT.search(translated.title), translated.title
        assert translated.title != page.title
        # Slugs are synchronised, but the home pages are siblings: each needs its own.
        assert translated.slug == page.slug or kind.model is models.HomePage


@pytest.mark.parametrize("model", translatable_snippets(), ids=lambda model: model.__name__)
def test_japanese_snippets_are_written_in_japanese(model, ja):
    names = list(model.objects.filter(locale=ja).values_list("name", flat=True))
    assert names != []
    assert [name for name in names if not JAPANESE_SCRIPT.search(name)] == []


def test_webinars_follow_the_series_flyer(en):
    # The flyer's series; webinars of other series may come and go.
    webinars = list(
        models.WebinarPage.objects.filter(
            locale=en, series__name="EU-Japan regional cooperation good practices"
        ).order_by("start")
    )
    assert [webinar.title for webinar in webinars] == WEBINAR_TITLES
    for webinar in webinars:
        local = webinar.start.astimezone(datetime.timezone(datetime.timedelta(hours=0)))
        assert datetime.date(2021, 6, 1) <= local.date() <= datetime.date(2023, 6, 30)
        assert dual_clock(webinar.start).startswith("9:00 CE")
        assert (webinar.format, webinar.venue, webinar.interpretation) == (
            "online",
            "Zoom",
            "en_ja",
        )
        assert webinar.series.name == "EU-Japan regional cooperation good practices"
        assert webinar.sectors.exists()
        assert webinar.programme and webinar.summary
        assert webinar.eu_partner_links.exists() and webinar.jp_partner_links.exists()
        for link in [*webinar.eu_partner_links.all(), *webinar.jp_partner_links.all()]:
            link.clean()
    forest = webinars[5]
    assert forest.start == datetime.datetime(2021, 12, 17, 8, 0, tzinfo=UTC)
    assert dual_clock(forest.start) == "9:00 CET / 17:00 JST"
    assert {link.partner.title for link in forest.jp_partner_links.all()} == {"Nagano Prefecture"}


def test_partner_regions_and_sides(en):
    partners = models.PartnerPage.objects.filter(locale=en)
    by_slug = {partner.slug: partner for partner in partners}
    assert by_slug["forest-bioeconomy-cluster"].region_id == "FI1D"
    assert by_slug["nagano"].region_id == "20"
    assert by_slug["kyushu-bio-cluster"].region_id == "40"
    assert by_slug["vitagora"].region_id == "FRC1"
    assert {"ceeja", "clair"} <= set(by_slug)
    for partner in partners:
        assert partner.logo is not None and partner.logo.description
        assert partner.members_count is None and partner.cluster_label == ""


def test_the_mobility_call(en, ja):
    call = models.CallPage.objects.get(locale=en)
    assert call.title == (
        "Short-term Mobility Programme in Japan for EU Industry Cluster Managers "
        "(up to a 6-week stay)"
    )
    # The call is open around the day of the load (test_demo_applications pins the dates).
    assert call.status == models.CallPage.Status.OPEN and call.accepts_applications
    assert call.deadline_date - call.opening_date == datetime.timedelta(weeks=9)
    assert (call.places, call.max_per_organisation, call.max_duration_weeks) == (10, 1, 6)
    assert (call.grant_amount, call.grant_currency, call.grant_period) == (
        Decimal("700.00"),
        "EUR",
        "week",
    )
    assert call.application_email == "ejrc@eu-japan.eu" and call.requires_eccp_profile
    # As long after the deadline as the seed's milestones were after 31 August 2022.
    assert [(m.value["date"] - call.deadline_date).days for m in call.timeline] == [30, 61, 212]
    translated = call.get_translation(ja)
    for field in [
        "deadline",
        "opens_at",
        "places",
        "max_per_organisation",
        "grant_amount",
        "grant_period",
        "max_duration_weeks",
        "application_email",
        "requires_eccp_profile",
    ]:
        assert getattr(translated, field) == getattr(call, field), field
    assert [m.value["date"] for m in translated.timeline] == [
        m.value["date"] for m in call.timeline
    ]
    assert JAPANESE_SCRIPT.search(translated.eligibility)


def test_the_events(en):
    events = {event.slug: event for event in models.EventPage.objects.filter(locale=en)}
    first = events["annual-conference-matchmaking-2021"]
    assert (first.participants_count, first.meetings_count) == (136, 19)
    assert first.start.date() == datetime.date(2021, 5, 17)
    december = events["annual-conference-matchmaking-2022"]
    assert december.start == datetime.datetime(2022, 12, 13, 8, 0, tzinfo=UTC)
    assert dual_clock(december.start) == "9:00 CET / 17:00 JST"
    assert december.format == "online"
    assert set(december.sectors.values_list("name", flat=True)) == MATCHMAKING_SECTORS
    assert [day.value["date"] for day in december.days] == [
        datetime.date(2022, 12, 13),
        datetime.date(2022, 12, 14),
    ]
    prague = events["european-cluster-conference-2022"]
    assert (prague.format, prague.start.date()) == ("on_site", datetime.date(2022, 9, 26))


def test_news_relate_to_the_other_sections(en):
    news = models.NewsPage.objects.filter(locale=en)
    for article in news:
        assert article.image is not None and article.image.description
        assert article.related_links.exists()
        for link in article.related_links.all():
            link.clean()
    call_news = news.get(slug="mobility-call-launched-2022")
    assert call_news.date == datetime.date(2022, 7, 1)
    assert call_news.related_links.get().page.specific_class is models.CallPage


def test_japanese_webinar_keeps_partners_and_shows_their_translations(en, ja):
    webinar = models.WebinarPage.objects.get(
        locale=ja, slug="smart-forest-bioeconomy-nagano-north-karelia"
    )
    source = webinar.get_translation(en)
    assert webinar.start == source.start
    assert webinar.series.locale == ja
    assert list(webinar.sectors.all()) == list(source.sectors.all())
    with translation.override("ja"):
        names = [link.partner.localized.title for link in webinar.jp_partner_links.all()]
    assert names == ["長野県"]


def test_translations_survive_a_sync_from_the_source(en, ja):
    page = models.PartnerPage.objects.get(locale=en, slug="vitagora")
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()

    translated, created = source.create_or_update_translation(ja, publish=False)

    assert not created
    assert translated.title == "ヴィタゴラ"
    assert "ディジョン" in translated.description
    assert StringTranslation.objects.filter(locale=ja, context__object=source.object).exists()


def test_missing_translations_are_listed_and_nothing_is_written(en, ja):
    sector = models.Sector.objects.create(
        locale=en, name="Space", slug="space", ecosystem="aerospace_defence", description="Orbit."
    )

    with pytest.raises(MissingStringsError) as error:
        translate_instance(sector, ja, japanese.strings())

    # The slug is synchronised, not translated, so it is not asked for.
    assert error.value.missing == ["Space", "Orbit."]
    assert "'Space'" in str(error.value)
    assert not sector.has_translation(ja)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_home_page_renders(demo, client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    home = models.HomePage.objects.get(locale__language_code=language)
    assert html.escape(home.title, quote=False) in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_KINDS, ids=kind_id)
def test_every_page_kind_renders(demo, client, kind, language):
    page = public_pages(kind.model, locale=language).order_by("path").first()
    url = page.get_url()
    assert url.startswith(f"/{language}/")
    response = client.get(url)
    assert response.status_code == 200
    assert html.escape(page.title, quote=False) in response.content.decode()


LIST = """
query ($offset: Int!) {
  %s(locale: %s, limit: 100, offset: $offset) { totalCount items { id title } }
}
"""


def listed(gql, field, language):
    """(totalCount, every item) of a root list of the API, read a page at a time."""
    query = LIST % (field, language.upper())
    total, items = None, []
    while total is None or len(items) < total:
        answer = gql(query, {"offset": len(items)})[field]
        total = answer["totalCount"]
        if not answer["items"]:
            break
        items += answer["items"]
    return total, items


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ITEM_KINDS, ids=kind_id)
def test_the_api_lists_every_page_of_every_item_kind(demo, gql, kind, language):
    pages = public_pages(kind.model, locale=language)
    total, items = listed(gql, root_list_field(kind), language)
    # The API's id is the database id and the language looked in.
    expected = sorted((f"{page.pk}:{language}", page.title) for page in pages)
    assert expected != []
    assert (total, sorted((item["id"], item["title"]) for item in items)) == (
        len(expected),
        expected,
    )


def test_reloading_keeps_an_editors_changes(en):
    helpdesk = models.HelpdeskSettings.load()
    helpdesk.x_handle = "EJRC_Tokyo"
    helpdesk.save()
    partner = models.PartnerPage.objects.get(locale=en, slug="vitagora")
    partner.title = "Vitagora cluster"
    partner.save_revision().publish()
    partners = sorted(models.PartnerPage.objects.filter(locale=en).values_list("pk", flat=True))

    call_command("load_demo_content", stdout=StringIO())

    assert models.HelpdeskSettings.load().x_handle == "EJRC_Tokyo"
    partner.refresh_from_db()
    assert partner.title == "Vitagora cluster"
    # The renamed partner is not taken for a missing one and created again.
    assert (
        sorted(models.PartnerPage.objects.filter(locale=en).values_list("pk", flat=True))
        == partners
    )


def test_a_page_is_translated_only_under_a_translated_parent(en, ja):
    other_home = Page.get_first_root_node().add_child(
        instance=models.HomePage(title="Other site", slug="other-site", locale=en)
    )
    index = other_home.add_child(
        instance=models.NewsIndexPage(title="More news", slug="more-news", locale=en)
    )
    strings = {"More news": "その他のお知らせ", "more-news": "more-news"}

    with pytest.raises(ParentNotTranslatedError):
        translate_instance(index, ja, strings)

    assert not index.has_translation(ja)
