# Japanese texts use full-width punctuation; ruff would flag it.
"""An applicant's data, found by e-mail address: handed over whole, or erased with the files."""

import datetime
import json
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from applications.models import Application, StatusChange
from applications.personal_data import applicant_data, erase_applicant
from tests.applications.conftest import WHILE_OPEN
from tests.applications.helpers import form_data, stored_files

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def applications(client, call, exchange, partners, frozen):
    """Aino's applications to both calls (in English, then in Japanese), and Kenji's."""
    tokushima = partners["tokushima"]
    sent = [
        (
            "/en/calls/mobility/apply/",
            form_data(tokushima, region="FI1D", phone="+358 40 123 4567"),
        ),
        (
            "/ja/calls/exchange/apply/",
            form_data(tokushima.japanese, email="AINO@example.eu", other_partners="Kobe Cluster"),
        ),
        (
            "/ja/calls/mobility/apply/",
            form_data(name="Kenji Sato", email="kenji@example.jp", organisation="Kyoto Lab"),
        ),
    ]
    for path, data in sent:
        frozen.shift(HOUR)
        assert client.post(path, data).status_code == 302
    english, japanese, kenji = Application.objects.order_by("submitted_at")
    reviewer = get_user_model().objects.create_user("reviewer")
    english.status = Application.Status.SHORTLISTED
    english.save()
    StatusChange.objects.create(
        application=english,
        status=Application.Status.SHORTLISTED,
        note="Strong partners.",
        changed_by=reviewer,
        changed_at=WHILE_OPEN + datetime.timedelta(days=2),
    )
    for application in (english, japanese, kenji):
        log(instance=application, action="wagtail.edit", user=reviewer)
    return {"english": english, "japanese": japanese, "kenji": kenji}


def file_of(application):
    return Path(settings.APPLICATIONS_ROOT) / application.attachment.name


def test_the_export_holds_every_application_of_the_address(applications):
    english, japanese = applications["english"], applications["japanese"]
    data = applicant_data(" Aino@EXAMPLE.eu ")
    assert data == {
        "email": "aino@example.eu",
        "applications": [
            {
                "reference": english.reference,
                "call": "Mobility programme",
                "call_url": "/en/calls/mobility/",
                "language": "en",
                "status": "shortlisted",
                "submitted_at": "2027-03-01T10:00:00+00:00",
                "name": "Aino Virtanen",
                "role": "Cluster manager",
                "email": "aino@example.eu",
                "phone": "+358 40 123 4567",
                "organisation": "Oulu Health",
                "country": "FI",
                "region": "FI1D",
                "eccp_profile": "https://clustercollaboration.eu/cluster-organisations/oulu-health",
                "partners": ["Tokushima Bio Cluster"],
                "other_partners": "",
                "motivation": "We want to meet Japanese clusters in health technology.",
                "attachment": f"{english.reference}.pdf",
                "consent": (
                    "I have read the privacy notice and agree that the helpdesk processes my data."
                ),
                "history": [
                    {
                        "status": "received",
                        "note": "",
                        "changed_at": "2027-03-01T10:00:00+00:00",
                    },
                    {
                        "status": "shortlisted",
                        "note": "Strong partners.",
                        "changed_at": "2027-03-03T09:00:00+00:00",
                    },
                ],
            },
            {
                "reference": japanese.reference,
                "call": "交流プログラム",
                "call_url": "/ja/calls/exchange/",
                "language": "ja",
                "status": "received",
                "submitted_at": "2027-03-01T11:00:00+00:00",
                "name": "Aino Virtanen",
                "role": "Cluster manager",
                "email": "aino@example.eu",
                "phone": "",
                "organisation": "Oulu Health",
                "country": "FI",
                "region": None,
                "eccp_profile": "https://clustercollaboration.eu/cluster-organisations/oulu-health",
                "partners": ["徳島バイオクラスター"],
                "other_partners": "Kobe Cluster",
                "motivation": "We want to meet Japanese clusters in health technology.",
                "attachment": f"{japanese.reference}.pdf",
                "consent": "プライバシーポリシーを読み、ヘルプデスクが私の個人情報を取り扱うことに同意します。",
                "history": [
                    {
                        "status": "received",
                        "note": "",
                        "changed_at": "2027-03-01T11:00:00+00:00",
                    },
                ],
            },
        ],
    }
    # It is handed over as JSON.
    assert json.loads(json.dumps(data)) == data


def test_an_address_that_never_applied_has_nothing(applications):
    assert applicant_data("nobody@example.eu") == {"email": "nobody@example.eu", "applications": []}


def test_an_application_without_a_file_exports_none(applications):
    Application.objects.filter(pk=applications["kenji"].pk).update(attachment="")
    (exported,) = applicant_data("kenji@example.jp")["applications"]
    assert (exported["reference"], exported["attachment"]) == (
        applications["kenji"].reference,
        None,
    )


def test_erasure_deletes_the_applicant_and_only_them(
    applications, django_capture_on_commit_callbacks
):
    kenji = applications["kenji"]
    every_file = sorted(file_of(application) for application in applications.values())
    with django_capture_on_commit_callbacks(execute=True):
        assert erase_applicant("AINO@example.EU") == 2
        # The files go once the deletion is committed.
        assert stored_files() == every_file
    assert list(Application.objects.values_list("reference", flat=True)) == [kenji.reference]
    assert list(StatusChange.objects.values_list("application", flat=True)) == [kenji.pk]
    assert list(ModelLogEntry.objects.values_list("object_id", flat=True)) == [str(kenji.pk)]
    assert stored_files() == [file_of(kenji)]
    assert applicant_data("aino@example.eu") == {"email": "aino@example.eu", "applications": []}
    assert len(applicant_data("kenji@example.jp")["applications"]) == 1


def test_erasing_an_unknown_address_deletes_nothing(
    applications, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert erase_applicant("nobody@example.eu") == 0
    assert (callbacks, Application.objects.count(), len(stored_files())) == ([], 3, 3)
