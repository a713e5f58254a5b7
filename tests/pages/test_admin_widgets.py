"""Date-time inputs in the page editor name the editor's time zone and give Brussels and Tokyo time."""

import datetime

import pytest

from django.urls import reverse

from wagtail.users.models import UserProfile

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_in(client, django_user_model):
    def editor_in(zone):
        user = django_user_model.objects.create_superuser(f"e-{zone}", "e@eu-japan.eu", "x")
        profile = UserProfile.get_for_user(user)
        profile.current_time_zone = zone
        profile.save()
        client.force_login(user)
        return client

    return editor_in


@pytest.mark.parametrize(
    ("zone", "shown", "hint"),
    [
        (
            "Asia/Tokyo",
            "2026-11-24 17:00",
            "Read in your time zone (Asia/Tokyo). <span data-equivalent>= "
            "24 November 2026, 9:00 CET / 17:00 JST</span>",
        ),
        (
            "Europe/Brussels",
            "2026-11-24 09:00",
            "Read in your time zone (Europe/Brussels). <span data-equivalent>= "
            "24 November 2026, 9:00 CET / 17:00 JST</span>",
        ),
    ],
)
def test_a_webinar_start_names_the_editors_zone(editor_in, site_tree, zone, shown, hint):
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars, start=datetime.datetime(2026, 11, 24, 8, 0, tzinfo=datetime.UTC)
    )
    page = editor_in(zone).get(reverse("wagtailadmin_pages:edit", args=[webinar.pk]))
    html = page.content.decode()
    assert f'name="start" value="{shown}"' in html
    assert (
        f'<p class="help" data-zoned-datetime data-for="id_start" data-zone="{zone}" '
        f'data-zones="Europe/Brussels,Asia/Tokyo">{hint}</p>'
    ) in html
    assert "pages/admin/zoned_datetime" in html


def test_an_event_across_midnight_in_tokyo_shows_both_dates(editor_in, site_tree):
    event = factories.EventPageFactory(
        parent=site_tree.events,
        start=datetime.datetime(2026, 8, 31, 21, 59, tzinfo=datetime.UTC),
        end=datetime.datetime(2026, 9, 1, 8, 0, tzinfo=datetime.UTC),
    )
    html = (
        editor_in("Europe/Brussels")
        .get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
        .content.decode()
    )
    assert "= 31 August 2026, 23:59 CEST / 1 September 2026, 6:59 JST</span>" in html
