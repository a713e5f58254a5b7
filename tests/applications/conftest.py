"""An open call taking applications, Japanese partners to pick, and a clean rate-limit cache."""

import datetime
import shutil
from pathlib import Path

import pytest
import time_machine

from django.core.cache import cache

from applications.models import Application
from pages.models import PartnerPage
from tests import factories
from tests.applications.helpers import form_data
from tests.pages.helpers import publish_translation

# The call's deadline: 17:00 in Brussels, 16:00 UTC.
DEADLINE_DAY = datetime.date(2027, 3, 15)
DEADLINE_TIME = datetime.time(17, 0)
# A moment when the call is open.
WHILE_OPEN = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Each test starts with no application counted against its address."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def empty_private_storage(settings):
    """Each test starts and ends with no applicant's file stored."""
    root = Path(settings.APPLICATIONS_ROOT)
    shutil.rmtree(root, ignore_errors=True)
    yield
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def frozen():
    """The clock stopped while the call is open; `frozen.move_to(moment)` moves it."""
    with time_machine.travel(WHILE_OPEN, tick=False) as traveller:
        yield traveller


def open_call(site_tree, title, japanese_title, **fields):
    """A call open from 1 February to the deadline, taking applications, in both languages."""
    page = factories.CallPageFactory(
        parent=site_tree.calls,
        title=title,
        opening_date=datetime.date(2027, 2, 1),
        deadline_date=DEADLINE_DAY,
        deadline_time=DEADLINE_TIME,
        accepts_applications=True,
        **fields,
    )
    page.save_revision().publish()
    page.japanese = publish_translation(page, site_tree.ja, title=japanese_title)
    return page


@pytest.fixture
def call(site_tree, frozen):
    """A published call taking applications, with its Japanese translation."""
    return open_call(
        site_tree,
        "Mobility programme",
        "短期派遣プログラム",
        slug="mobility",
        places=3,
        application_email="calls@eu-japan.eu",
    )


@pytest.fixture
def exchange(site_tree, call):
    """A second call with the same deadline, kept 90 days, with its Japanese translation."""
    return open_call(
        site_tree,
        "Exchange programme",
        "交流プログラム",
        slug="exchange",
        application_retention_days=90,
    )


@pytest.fixture
def partners(site_tree, call):
    """A Japanese partner in each language and a European one, all in the directory."""
    tokushima = factories.PartnerPageFactory(
        parent=site_tree.partners,
        title="Tokushima Bio Cluster",
        country="JP",
        kind=PartnerPage.Kind.JP_CLUSTER,
        slug="tokushima",
    )
    tokushima.save_revision().publish()
    oulu = factories.PartnerPageFactory(
        parent=site_tree.partners, title="Oulu Health", country="FI", slug="oulu"
    )
    oulu.save_revision().publish()
    tokushima.japanese = publish_translation(tokushima, site_tree.ja, title="徳島バイオクラスター")
    return {"tokushima": tokushima, "oulu": oulu}


@pytest.fixture
def sent(client, call, partners, frozen):
    """Three applications: two to the English call, one to its Japanese translation."""
    tokushima = partners["tokushima"]
    forms = [
        ("/en/calls/mobility/apply/", form_data(tokushima)),
        (
            "/en/calls/mobility/apply/",
            form_data(
                name="Jonas Weber",
                email="jonas@example.de",
                organisation="BioRegio Bavaria",
                country="DE",
                eccp_profile="",
                attachment=None,
            ),
        ),
        (
            "/ja/calls/mobility/apply/",
            form_data(
                tokushima.japanese,
                name="Chiara Rossi",
                email="chiara@example.it",
                organisation="Lombardy Life Sciences",
                country="IT",
            ),
        ),
    ]
    for path, data in forms:
        frozen.shift(60)
        assert client.post(path, data).status_code == 302, path
    client.logout()
    return {
        application.email: application
        for application in Application.objects.order_by("submitted_at")
    }
