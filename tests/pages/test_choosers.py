"""The region chooser: narrowed to the partner's country, searchable by code and either name."""

import json
import re

import pytest

from django.urls import reverse

from pages.models import Region
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@eu-japan.eu", "x")
    client.force_login(user)
    return client


def listed_codes(client, **params):
    """The region codes the chooser's results list for these URL parameters."""
    response = client.get(reverse("region_chooser:choose_results"), params)
    assert response.status_code == 200
    ids = re.findall(r'href="/admin/region_chooser/chosen/(\d+)/', response.content.decode())
    codes = dict(Region.objects.filter(pk__in=ids).values_list("pk", "code"))
    return [codes[int(pk)] for pk in ids]


def test_a_japanese_partner_sees_the_prefectures_only(editor):
    codes = listed_codes(editor, country="JP")
    assert codes[:3] == ["01", "02", "03"]
    assert len(codes) == 47


def test_greece_is_found_under_its_nuts_code(editor):
    # NUTS writes Greece EL where ISO (the partner's country) writes GR; Αττική is Attiki.
    assert listed_codes(editor, country="GR", q="Αττική") == ["EL3", "EL30"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "JP", "q": "福岡"}, ["40"]),
        ({"country": "JP", "q": "fukuoka"}, ["40"]),
        (
            {"country": "FR", "q": "FR1"},
            ["FR1", "FR10"],
        ),
        ({"country": "DE", "q": "Île"}, []),
        ({"country": "FI", "q": "itä-suomi"}, ["FI1D"]),
    ],
)
def test_search_by_code_or_either_name(editor, params, expected):
    assert listed_codes(editor, **params) == expected


def test_choosing_a_region_gives_its_code(editor):
    fukuoka = Region.objects.get(code="40")
    response = editor.get(reverse("region_chooser:chosen", args=[fukuoka.pk]))
    assert json.loads(response.content)["result"]["id"] == "40"


def test_the_partner_form_links_the_chooser_to_the_country(editor, site_tree):
    partner = factories.PartnerPageFactory(
        parent=site_tree.partners,
        country="JP",
        kind="jp_cluster",
        region=Region.objects.get(code="40"),
    )
    page = editor.get(reverse("wagtailadmin_pages:edit", args=[partner.pk])).content.decode()
    assert re.search(r'<input type="hidden" name="region" value="40" [^>]*id="id_region">', page)
    assert (
        'new Chooser("id_region", {"modalUrl": "/admin/region_chooser/", '
        '"linkedFields": {"country": "#id_country"}});'
    ) in page


def chosen_titles(client, url_name, **params):
    """The partner titles a side's chooser lists."""
    response = client.get(reverse(url_name), params)
    assert response.status_code == 200
    choice = r"<a data-chooser-modal-choice [^>]*>\s*([^<]+?)\s*</a>"
    return re.findall(choice, response.content.decode())


def test_each_webinar_slot_chooses_from_its_own_side(editor, site_tree):
    for title, country in (
        ("Kyushu Bio", "JP"),
        ("Vitagora", "FR"),
        ("Fukuoka Tech", "JP"),
        ("BioValley", "DE"),
    ):
        kind = "jp_cluster" if country == "JP" else "eu_cluster"
        factories.PartnerPageFactory(
            parent=site_tree.partners, title=title, country=country, kind=kind
        )
    assert sorted(chosen_titles(editor, "eu_partner_chooser:choose_results")) == [
        "BioValley",
        "Vitagora",
    ]
    assert sorted(chosen_titles(editor, "jp_partner_chooser:choose_results")) == [
        "Fukuoka Tech",
        "Kyushu Bio",
    ]


def test_the_webinar_form_opens_each_sides_chooser(editor, site_tree):
    webinar = factories.WebinarPageFactory(parent=site_tree.webinars)
    page = editor.get(reverse("wagtailadmin_pages:edit", args=[webinar.pk])).content.decode()
    assert "/admin/eu_partner_chooser/" in page
    assert "/admin/jp_partner_chooser/" in page
