"""Webinars: derived status, recording rule and the sides of their partners."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from pages.models import WebinarEUPartner, WebinarJPPartner, WebinarPage
from tests import factories
from tests.pages.helpers import errors_of

UTC = datetime.UTC
ONE_SECOND = datetime.timedelta(seconds=1)
# The first webinar of the good-practice series: 17 Dec 2021, 9:00 CET / 17:00 JST, 90 minutes.
START = datetime.datetime(2021, 12, 17, 8, 0, tzinfo=UTC)
END = datetime.datetime(2021, 12, 17, 9, 30, tzinfo=UTC)


@pytest.fixture
def webinar(site_tree):
    return factories.WebinarPageFactory(
        parent=site_tree.webinars, title="Good practices #1", start=START, duration_minutes=90
    )


@pytest.fixture
def eu_partner(site_tree):
    return factories.PartnerPageFactory(
        parent=site_tree.partners, title="Cluster Lumière", country="FR", kind="eu_cluster"
    )


@pytest.fixture
def jp_partner(site_tree):
    return factories.PartnerPageFactory(
        parent=site_tree.partners, title="Kansai Bio Cluster", country="JP", kind="jp_cluster"
    )


class TestStatus:
    def test_end_is_start_plus_duration(self, webinar):
        webinar.refresh_from_db()
        assert webinar.end == END

    @pytest.mark.parametrize(
        ("moment", "status"),
        [
            (START - ONE_SECOND, WebinarPage.Status.UPCOMING),
            (START, WebinarPage.Status.LIVE),
            (END - ONE_SECOND, WebinarPage.Status.LIVE),
            (END, WebinarPage.Status.PAST),
            (END + datetime.timedelta(days=365), WebinarPage.Status.PAST),
        ],
    )
    def test_status_at_the_boundaries(self, webinar, moment, status):
        assert webinar.status_at(moment) == status

    def test_status_follows_a_changed_duration(self, webinar):
        webinar.duration_minutes = 120
        assert webinar.status_at(END) == WebinarPage.Status.LIVE

    def test_status_now(self, site_tree):
        soon = factories.WebinarPageFactory(parent=site_tree.webinars)
        assert soon.status == WebinarPage.Status.UPCOMING

    def test_cancelled_only_with_a_notice(self, webinar):
        assert webinar.is_cancelled is False
        webinar.cancellation_notice = "  \n"
        assert webinar.is_cancelled is False
        webinar.cancellation_notice = "Postponed to 2022."
        assert webinar.is_cancelled is True


class TestValidation:
    def test_recording_before_the_start_is_rejected(self, site_tree):
        webinar = factories.WebinarPageFactory(parent=site_tree.webinars)
        webinar.recording_url = "https://www.youtube.com/watch?v=abc"
        assert errors_of(webinar) == {
            "recording_url": ["A recording can only be added once the webinar has started."]
        }

    def test_recording_after_the_start_passes(self, webinar):
        webinar.recording_url = "https://www.youtube.com/watch?v=abc"
        webinar.full_clean()

    def test_recording_during_the_webinar_passes(self, site_tree):
        webinar = factories.WebinarPageFactory(
            parent=site_tree.webinars, start=timezone.now() - datetime.timedelta(minutes=10)
        )
        webinar.recording_url = "https://vimeo.com/123"
        webinar.full_clean()

    @pytest.mark.parametrize(("minutes", "message"), [
        (4, "Ensure this value is greater than or equal to 5."),
        (601, "Ensure this value is less than or equal to 600."),
    ])  # fmt: skip
    def test_duration_bounds(self, webinar, minutes, message):
        webinar.duration_minutes = minutes
        assert errors_of(webinar) == {"duration_minutes": [message]}


class TestPartnerSides:
    def test_jp_partner_in_the_eu_slot_is_rejected(self, webinar, jp_partner):
        link = WebinarEUPartner(page=webinar, partner=jp_partner)
        with pytest.raises(ValidationError) as excinfo:
            link.clean()
        assert excinfo.value.message_dict == {
            "partner": ["Kansai Bio Cluster is on the JP side, not the EU side."]
        }

    def test_eu_partner_in_the_jp_slot_is_rejected(self, webinar, eu_partner):
        link = WebinarJPPartner(page=webinar, partner=eu_partner)
        with pytest.raises(ValidationError) as excinfo:
            link.clean()
        assert excinfo.value.message_dict == {
            "partner": ["Cluster Lumière is on the EU side, not the JP side."]
        }

    def test_partners_on_their_own_side_pass(self, webinar, eu_partner, jp_partner):
        WebinarEUPartner(page=webinar, partner=eu_partner).clean()
        WebinarJPPartner(page=webinar, partner=jp_partner).clean()

    def test_a_partner_without_a_choice_is_left_to_the_required_check(self, webinar):
        WebinarEUPartner(page=webinar).clean()

    def test_partner_links_are_saved_with_the_page(self, webinar, eu_partner, jp_partner):
        webinar.eu_partner_links = [WebinarEUPartner(partner=eu_partner)]
        webinar.jp_partner_links = [WebinarJPPartner(partner=jp_partner)]
        webinar.save()
        assert [link.partner.title for link in webinar.eu_partner_links.all()] == [
            "Cluster Lumière"
        ]
        assert [link.partner.title for link in webinar.jp_partner_links.all()] == [
            "Kansai Bio Cluster"
        ]
