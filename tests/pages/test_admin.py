"""The Wagtail admin: where each page type goes, creating each one, the snippet screens."""

import datetime
import re
from decimal import Decimal

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.models import (
    CallPage,
    EventPage,
    HomePage,
    InformationPage,
    NewsIndexPage,
    NewsPage,
    PartnerPage,
    Region,
    WebinarEUPartner,
    WebinarPage,
)
from pages.registry import INDEX_KINDS
from tests import factories

UTC = datetime.UTC
INDEXES = [kind.model for kind in INDEX_KINDS]


@pytest.fixture
def wagtail(client, django_user_model):
    """Wagtail's page assertions, run by a logged-in superuser."""
    user = django_user_model.objects.create_superuser("editor", "editor@eu-japan.eu", "x")
    client.force_login(user)
    case = WagtailPageTestCase()
    case.client = client
    return case


def without_block_keys(html):
    """Rich text as saved by the editor, minus the random keys Draftail gives each block."""
    return re.sub(r' data-block-key="[^"]*"', "", html)


def page_form(fields, **formsets):
    """Admin page form data: the fields plus the empty formsets every page form carries."""
    return nested_form_data({"comments": inline_formset([]), **formsets, **fields})


class TestPageTree:
    def test_home_page_sits_at_the_root(self, wagtail):
        wagtail.assertAllowedParentPageTypes(HomePage, {Page})
        wagtail.assertAllowedSubpageTypes(HomePage, {*INDEXES, InformationPage})

    def test_information_pages_sit_under_the_home_page_and_hold_nothing(self, wagtail):
        wagtail.assertAllowedParentPageTypes(InformationPage, {HomePage})
        wagtail.assertAllowedSubpageTypes(InformationPage, set())

    @pytest.mark.parametrize("index", INDEXES, ids=lambda model: model.__name__)
    def test_each_section_lists_one_page_type(self, wagtail, index):
        detail = index.listed_model
        wagtail.assertAllowedParentPageTypes(index, {HomePage})
        wagtail.assertAllowedSubpageTypes(index, {detail})
        wagtail.assertAllowedParentPageTypes(detail, {index})
        wagtail.assertAllowedSubpageTypes(detail, set())

    def test_one_index_per_section_and_home(self, site_tree):
        assert [index.can_create_at(site_tree.home) for index in INDEXES] == [False] * len(INDEXES)
        assert HomePage.can_create_at(Page.get_first_root_node()) is False

    def test_detail_pages_cannot_go_elsewhere(self, wagtail):
        wagtail.assertCanNotCreateAt(HomePage, CallPage)
        wagtail.assertCanNotCreateAt(NewsIndexPage, CallPage)
        wagtail.assertCanNotCreateAt(Page, NewsIndexPage)


class TestCreateStructure:
    def test_create_home_page(self, wagtail, locales):
        root = Page.get_first_root_node()
        wagtail.assertCanCreate(
            root,
            HomePage,
            page_form(
                {
                    "title": "EJRC Helpdesk",
                    "slug": "ejrc",
                    "tagline": "A bridge for industrial cooperation",
                    "intro": rich_text("<p>Regions and clusters of <b>Europe</b> and Japan.</p>"),
                    "help_steps": streamfield(
                        [("step", {"heading": "Find a partner", "text": "Profiles.", "page": ""})]
                    ),
                }
            ),
        )
        home = HomePage.objects.get(slug="ejrc")
        assert (home.live, home.tagline, without_block_keys(home.intro), home.locale_id) == (
            True,
            "A bridge for industrial cooperation",
            "<p>Regions and clusters of <b>Europe</b> and Japan.</p>",
            locales[0].pk,
        )
        assert [dict(step.value) for step in home.help_steps] == [
            {"heading": "Find a partner", "text": "Profiles.", "page": None}
        ]

    @pytest.mark.parametrize("index", INDEXES)
    def test_create_section_index(self, wagtail, locales, index):
        home = factories.HomePageFactory(parent=Page.get_first_root_node(), slug="home-alone")
        wagtail.assertCanCreate(
            home,
            index,
            page_form({"title": "Section", "intro": rich_text("<p>What this section lists.</p>")}),
        )
        created = index.objects.child_of(home).get()
        assert (created.title, created.slug, without_block_keys(created.intro), created.live) == (
            "Section",
            "section",
            "<p>What this section lists.</p>",
            True,
        )


class TestCreateDetailPages:
    def test_create_news(self, wagtail, site_tree):
        call = factories.CallPageFactory(parent=site_tree.calls, title="Mobility 2022")
        sector = factories.SectorFactory(name="Health", slug="health")
        data = page_form(
            {
                "title": "Mobility call opens",
                "date": "2022-07-01",
                "summary": "Ten EU cluster managers will spend up to six weeks in Japan.",
                "body": streamfield(
                    [
                        ("paragraph", rich_text("<p>The call is open.</p>")),
                        ("quote", {"quote": "A unique chance.", "attribution": "EJRC"}),
                        (
                            "call_to_action",
                            {"label": "Apply", "page": str(call.pk), "url": ""},
                        ),
                    ]
                ),
                "source_url": "https://www.eu-japan.eu/news",
            },
            related_links=inline_formset([{"page": str(call.pk)}]),
        )
        data["sectors"] = [str(sector.pk)]
        wagtail.assertCanCreate(site_tree.news, NewsPage, data)

        news = NewsPage.objects.get(slug="mobility-call-opens")
        assert (news.date, news.summary, news.source_url) == (
            datetime.date(2022, 7, 1),
            "Ten EU cluster managers will spend up to six weeks in Japan.",
            "https://www.eu-japan.eu/news",
        )
        assert [block.block_type for block in news.body] == ["paragraph", "quote", "call_to_action"]
        assert without_block_keys(news.body[0].value.source) == "<p>The call is open.</p>"
        assert news.body[2].value["page"].specific == call
        assert [link.page_id for link in news.related_links.all()] == [call.pk]
        assert list(news.sectors.all()) == [sector]

    def test_create_news_relating_a_section_index_fails(self, wagtail, site_tree):
        data = page_form(
            {
                "title": "Bad link",
                "slug": "bad-link",
                "date": "2022-07-01",
                "summary": "x",
                "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
            },
            related_links=inline_formset([{"page": str(site_tree.calls.pk)}]),
        )
        response = wagtail.client.post(
            reverse("wagtailadmin_pages:add", args=("pages", "newspage", site_tree.news.pk)),
            {**data, "action-publish": "action-publish"},
        )
        assert response.status_code == 200
        formset = response.context["form"].formsets["related_links"]
        assert formset.errors == [{"page": ["Relate a partner profile, webinar, call or event."]}]
        assert response.context["form"].errors == {}
        assert not NewsPage.objects.exists()

    def test_create_webinar(self, wagtail, site_tree):
        series = factories.WebinarSeriesFactory()
        eu = factories.PartnerPageFactory(parent=site_tree.partners, title="Cluster Lumière")
        jp = factories.PartnerPageFactory(
            parent=site_tree.partners, title="Kansai Bio", country="JP", kind="jp_cluster"
        )
        data = page_form(
            {
                "title": "Good practices #5",
                "series": str(series.pk),
                "summary": "Clusters in hydrogen.",
                # Entered in the editor's time zone, Brussels by default: CEST in May.
                "start": "2030-05-20 09:00",
                "duration_minutes": "120",
                "format": "online",
                "interpretation": "en_ja",
                "venue": "Zoom",
                "registration_url": "https://www.eu-japan.eu/register",
                "programme": streamfield(
                    [
                        (
                            "item",
                            {
                                "start_time": "09:00",
                                "end_time": "09:15",
                                "title": "Welcome",
                                "description": "",
                                "speakers": {
                                    "count": "1",
                                    "0": {
                                        "value": {
                                            "name": "Alice Martin",
                                            "organisation": "EJRC",
                                            "role": "Project manager",
                                        },
                                        "deleted": "",
                                        "order": "0",
                                        "id": "",
                                    },
                                },
                            },
                        )
                    ]
                ),
                "recording_url": "",
                "presentations": streamfield([]),
                "cancellation_notice": "",
            },
            eu_partner_links=inline_formset([{"partner": str(eu.pk)}]),
            jp_partner_links=inline_formset([{"partner": str(jp.pk)}]),
        )
        wagtail.assertCanCreate(site_tree.webinars, WebinarPage, data)

        webinar = WebinarPage.objects.get(slug="good-practices-5")
        assert (webinar.start, webinar.end, webinar.series, webinar.venue) == (
            datetime.datetime(2030, 5, 20, 7, 0, tzinfo=UTC),
            datetime.datetime(2030, 5, 20, 9, 0, tzinfo=UTC),
            series,
            "Zoom",
        )
        item = webinar.programme[0].value
        assert (item["start_time"], item["end_time"], item["title"]) == (
            datetime.time(9, 0),
            datetime.time(9, 15),
            "Welcome",
        )
        assert [s["name"] for s in item["speakers"]] == ["Alice Martin"]
        assert [link.partner_id for link in webinar.eu_partner_links.all()] == [eu.pk]
        assert [link.partner_id for link in webinar.jp_partner_links.all()] == [jp.pk]

    def test_create_event(self, wagtail, site_tree):
        sectors = [factories.SectorFactory(), factories.SectorFactory()]
        data = page_form(
            {
                "title": "EU-Japan Conference 2030",
                "summary": "Conference and B2B matchmaking.",
                "start": "2030-12-13 09:00",
                "end": "2030-12-14 17:00",
                "format": "online",
                "venue": "",
                "registration_url": "",
                "matchmaking_url": "https://eu-japan-2030.b2match.io/",
                "body": streamfield([]),
                "days": streamfield(
                    [
                        (
                            "day",
                            {
                                "date": "2030-12-13",
                                "title": "Day 1: Conference",
                                "summary": "",
                                "programme": {"count": "0"},
                            },
                        )
                    ]
                ),
            }
        )
        data["sectors"] = [str(s.pk) for s in sectors]
        wagtail.assertCanCreate(site_tree.events, EventPage, data)

        event = EventPage.objects.get(slug="eu-japan-conference-2030")
        # December: CET, UTC+1.
        assert (event.start, event.end) == (
            datetime.datetime(2030, 12, 13, 8, 0, tzinfo=UTC),
            datetime.datetime(2030, 12, 14, 16, 0, tzinfo=UTC),
        )
        assert event.days[0].value["date"] == datetime.date(2030, 12, 13)
        assert set(event.sectors.all()) == set(sectors)

    def test_create_call(self, wagtail, site_tree):
        data = page_form(
            {
                "title": "Mobility programme 2030",
                "summary": "Six weeks in a Japanese cluster.",
                "time_zone": "Asia/Tokyo",
                "opening_date": "2030-07-01",
                "deadline_date": "2030-08-31",
                "deadline_time": "17:00",
                "body": streamfield([]),
                "target_audience": rich_text("<p>EU cluster managers.</p>"),
                "eligibility": rich_text("<p>An ECCP profile.</p>"),
                "selection_criteria": rich_text(""),
                "places": "10",
                "max_per_organisation": "1",
                "grant_amount": "700",
                "grant_currency": "EUR",
                "grant_period": "week",
                "max_duration_weeks": "6",
                "application_email": "ejrc@eu-japan.eu",
                "application_url": "",
                "requires_eccp_profile": "on",
                "requirements": rich_text(""),
                "accepts_applications": "on",
                "motivation_max_length": "2000",
                "application_retention_days": "180",
                "timeline": streamfield(
                    [
                        ("milestone", {"date": "2030-09-15", "label": "Selection"}),
                        ("milestone", {"date": "2030-10-01", "label": "Departure"}),
                    ]
                ),
                "documents": streamfield([]),
            }
        )
        # Ticked boxes: one value per box (nested_form_data would number them).
        data["eligible_countries"] = ["FR", "DE"]
        wagtail.assertCanCreate(site_tree.calls, CallPage, data)

        call = CallPage.objects.get(slug="mobility-programme-2030")
        assert (
            call.deadline,
            call.opens_at,
            call.places,
            call.grant_amount,
            call.requires_eccp_profile,
        ) == (
            datetime.datetime(2030, 8, 31, 8, 0, tzinfo=UTC),
            datetime.datetime(2030, 6, 30, 15, 0, tzinfo=UTC),
            10,
            Decimal("700.00"),
            True,
        )
        assert [m.value["label"] for m in call.timeline] == ["Selection", "Departure"]
        assert (
            call.accepts_applications,
            call.eligible_countries,
            call.motivation_max_length,
            call.application_retention_days,
        ) == (True, ["FR", "DE"], 2000, 180)

    def test_create_call_with_milestones_out_of_order_fails(self, wagtail, site_tree):
        data = page_form(
            {
                "title": "Bad timeline",
                "slug": "bad-timeline",
                "summary": "x",
                "time_zone": "Europe/Brussels",
                "opening_date": "2030-07-01",
                "deadline_date": "2030-06-30",
                "deadline_time": "23:59",
                "body": streamfield([]),
                "target_audience": rich_text("<p>Everyone.</p>"),
                "eligibility": rich_text("<p>Anyone.</p>"),
                "grant_currency": "EUR",
                "grant_period": "week",
                "application_email": "",
                "application_url": "",
                "motivation_max_length": "3000",
                "application_retention_days": "365",
                "timeline": streamfield(
                    [
                        ("milestone", {"date": "2030-10-01", "label": "Departure"}),
                        ("milestone", {"date": "2030-09-15", "label": "Selection"}),
                    ]
                ),
                "documents": streamfield([]),
            }
        )
        response = wagtail.client.post(
            reverse("wagtailadmin_pages:add", args=("pages", "callpage", site_tree.calls.pk)),
            {**data, "action-publish": "action-publish"},
        )
        assert response.status_code == 200
        form = response.context["form"]
        assert sorted(form.errors) == ["application_email", "deadline_date", "timeline"]
        assert form.errors["deadline_date"] == ["The deadline cannot be before the opening date."]
        assert form.errors["application_email"] == ["Say how to apply: an e-mail address or a URL."]
        assert form.errors["timeline"].as_data()[0].as_json_data() == {
            "messages": ["List the milestones in date order."]
        }
        assert not CallPage.objects.exists()

    def test_create_partner(self, wagtail, site_tree):
        sector = factories.SectorFactory(name="Mobility", slug="mobility")
        data = page_form(
            {
                "title": "Lyon Urban Trucks & Bus",
                "official_name": "Lyon Urban Trucks and Bus Cluster",
                "acronym": "LUTB",
                "kind": "eu_cluster",
                "country": "FR",
                "region": "FRK2",
                "city": "Lyon",
                "description": rich_text("<p>Urban mobility.</p>"),
                "cooperation_interests": "Hydrogen buses.",
                "members_count": "200",
                "sme_count": "120",
                "cluster_label": "gold",
                "cluster_label_year": "2021",
                "eccp_profile_url": "https://clustercollaboration.eu/cluster-organisations/lutb",
                "website": "https://www.lutb.fr/",
                "contact_email": "info@lutb.fr",
            }
        )
        data["sectors"] = [str(sector.pk)]
        wagtail.assertCanCreate(site_tree.partners, PartnerPage, data)

        partner = PartnerPage.objects.get(slug="lyon-urban-trucks-bus")
        assert (
            partner.official_name,
            partner.region,
            partner.side,
            partner.cluster_label,
            partner.cluster_label_year,
            partner.sme_count,
        ) == (
            "Lyon Urban Trucks and Bus Cluster",
            Region.objects.get(code="FRK2"),
            "EU",
            "gold",
            2021,
            120,
        )
        assert list(partner.sectors.all()) == [sector]

    def test_create_partner_in_the_wrong_region_fails(self, wagtail, site_tree):
        data = page_form(
            {
                "title": "Kansai Bio",
                "slug": "kansai-bio",
                "official_name": "Kansai Bio Cluster",
                "kind": "jp_cluster",
                "country": "JP",
                "region": "FR10",
                "description": rich_text(""),
            }
        )
        response = wagtail.client.post(
            reverse("wagtailadmin_pages:add", args=("pages", "partnerpage", site_tree.partners.pk)),
            {**data, "action-publish": "action-publish"},
        )
        assert response.status_code == 200
        assert response.context["form"].errors == {
            "region": ["A Japanese partner's region is one of the 47 prefectures."]
        }
        assert not PartnerPage.objects.exists()


def test_partner_with_a_region_opens_in_the_editor(wagtail, site_tree):
    partner = factories.PartnerPageFactory(
        parent=site_tree.partners, region=Region.objects.get(code="FRK2")
    )
    response = wagtail.client.get(reverse("wagtailadmin_pages:edit", args=(partner.pk,)))
    assert response.status_code == 200
    assert response.context["form"]["region"].value() == "FRK2"


class TestWebinarPartnerSidesInTheEditor:
    """A JP partner put in the EU inline is refused by the edit form and nothing is saved."""

    def test_jp_partner_in_the_eu_inline_is_refused(self, wagtail, site_tree):
        webinar = factories.WebinarPageFactory(
            parent=site_tree.webinars,
            title="Good practices #2",
            start=datetime.datetime(2030, 3, 1, 8, 0, tzinfo=UTC),
        )
        jp = factories.PartnerPageFactory(
            parent=site_tree.partners, title="Kansai Bio", country="JP", kind="jp_cluster"
        )
        revisions_before = webinar.revisions.count()
        data = page_form(
            {
                "title": "Good practices #2 (edited)",
                "slug": webinar.slug,
                "summary": webinar.summary,
                "start": "2030-03-01 09:00",
                "duration_minutes": "90",
                "format": "online",
                "interpretation": "en_ja",
                "programme": streamfield([]),
                "presentations": streamfield([]),
            },
            eu_partner_links=inline_formset([{"partner": str(jp.pk)}]),
            jp_partner_links=inline_formset([]),
        )
        response = wagtail.client.post(
            reverse("wagtailadmin_pages:edit", args=(webinar.pk,)),
            {**data, "action-publish": "action-publish"},
        )

        assert response.status_code == 200
        formset = response.context["form"].formsets["eu_partner_links"]
        assert formset.errors == [{"partner": ["Kansai Bio is on the JP side, not the EU side."]}]
        assert "Kansai Bio is on the JP side, not the EU side." in response.content.decode()
        webinar.refresh_from_db()
        assert webinar.title == "Good practices #2"
        assert webinar.revisions.count() == revisions_before
        assert not WebinarEUPartner.objects.exists()

    def test_jp_partner_in_the_jp_inline_is_saved(self, wagtail, site_tree):
        webinar = factories.WebinarPageFactory(
            parent=site_tree.webinars,
            title="Good practices #3",
            start=datetime.datetime(2030, 3, 1, 8, 0, tzinfo=UTC),
        )
        jp = factories.PartnerPageFactory(
            parent=site_tree.partners, title="Kansai Bio", country="JP", kind="jp_cluster"
        )
        data = page_form(
            {
                "title": "Good practices #3",
                "slug": webinar.slug,
                "summary": webinar.summary,
                "start": "2030-03-01 09:00",
                "duration_minutes": "90",
                "format": "online",
                "interpretation": "en_ja",
                "programme": streamfield([]),
                "presentations": streamfield([]),
            },
            eu_partner_links=inline_formset([]),
            jp_partner_links=inline_formset([{"partner": str(jp.pk)}]),
        )
        response = wagtail.client.post(
            reverse("wagtailadmin_pages:edit", args=(webinar.pk,)),
            {**data, "action-publish": "action-publish"},
        )
        assert response.status_code == 302
        webinar.refresh_from_db()
        assert [link.partner_id for link in webinar.jp_partner_links.all()] == [jp.pk]


@pytest.mark.parametrize("model_name", ["sector", "region", "office", "webinarseries"])
def test_snippet_index_and_add_form_open(wagtail, site_tree, model_name):
    namespace = f"wagtailsnippets_pages_{model_name}"
    assert wagtail.client.get(reverse(f"{namespace}:list")).status_code == 200
    assert wagtail.client.get(reverse(f"{namespace}:add")).status_code == 200


def test_settings_form_opens(wagtail, site_tree):
    url = reverse("wagtailsettings:edit", args=("pages", "helpdesksettings"))
    response = wagtail.client.get(url, follow=True)
    assert (response.status_code, len(response.redirect_chain)) == (200, 1)


class TestRegionListing:
    url = "wagtailsnippets_pages_region:list"

    def listed(self, wagtail, **params):
        response = wagtail.client.get(reverse(self.url), params)
        assert response.status_code == 200
        return response.context["page_obj"].paginator.count, [
            region.code for region in response.context["page_obj"].object_list
        ]

    def test_unfiltered(self, wagtail, site_tree):
        count, codes = self.listed(wagtail)
        assert count == 403
        assert len(codes) == 50

    def test_filter_by_kind(self, wagtail, site_tree):
        count, codes = self.listed(wagtail, kind="prefecture")
        assert (count, codes[:3]) == (47, ["01", "02", "03"])

    def test_filter_by_country_and_level(self, wagtail, site_tree):
        assert self.listed(wagtail, country="EL", level="1") == (
            4,
            ["EL3", "EL4", "EL5", "EL6"],
        )

    def test_search_by_code(self, wagtail, site_tree):
        assert self.listed(wagtail, q="FI1D") == (1, ["FI1D"])

    def test_search_by_national_name(self, wagtail, site_tree):
        assert self.listed(wagtail, q="東京都") == (1, ["13"])
