"""The demo's call is open on the day of the load and holds applications in both languages."""

import datetime
import re
import shutil
from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
import time_machine

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

from applications.models import Application, StatusChange
from demo.kinds import calls
from pages import models

UTC = datetime.UTC
JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# A morning in Brussels in winter: the call opens in winter time and closes in summer time.
LOADED_AT = datetime.datetime(2027, 3, 10, 10, 0, tzinfo=UTC)
EU_MEMBER_STATES = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
]  # fmt: skip


def at(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def clear_private_storage():
    shutil.rmtree(Path(settings.APPLICATIONS_ROOT), ignore_errors=True)


@pytest.fixture(scope="module")
def loaded(first_load, django_db_blocker):
    """The call and its applications loaded again on a known day, rolled back after the module.

    The package's demo was loaded on the day the tests run; its call is deleted (and its
    applications with it) so that the loader creates them afresh under the stopped clock.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        for call in models.CallPage.objects.filter(slug=calls.CALL["slug"]):
            call.delete()
        clear_private_storage()
        cache.clear()
        output = StringIO()
        with time_machine.travel(LOADED_AT, tick=False):
            call_command("load_demo_content", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)
    clear_private_storage()
    cache.clear()


@pytest.fixture
def call(loaded, db):
    return models.CallPage.objects.get(locale__language_code="en", slug=calls.CALL["slug"])


@pytest.fixture
def japanese_call(call):
    return models.CallPage.objects.get(
        translation_key=call.translation_key, locale__language_code="ja"
    )


def test_the_first_load_of_the_package_added_the_applications(demo):
    assert "applications: 6 created, 0 already present" in demo


def test_the_reload_created_only_the_call_and_its_applications(loaded):
    assert re.findall(r"^  (.+): ([1-9]\d*) created", loaded, re.MULTILINE) == [
        ("Japanese translations", "1"),
        ("applications", "6"),
        ("calls for expression of interest", "1"),
    ]


def test_the_call_is_open_around_the_day_of_the_load(call, japanese_call):
    assert (call.opening_date, call.deadline_date, call.deadline_time) == (
        datetime.date(2027, 2, 17),
        datetime.date(2027, 4, 21),
        datetime.time(23, 59),
    )
    # Opens at midnight in winter time (UTC+1), closes at 23:59 in summer time (UTC+2).
    assert (call.opens_at, call.deadline) == (at(2027, 2, 16, 23, 0), at(2027, 4, 21, 21, 59))
    assert call.status_at(LOADED_AT) == models.CallPage.Status.OPEN
    assert call.days_left_at(LOADED_AT) == 42
    assert [(m.value["date"], m.value["label"]) for m in call.timeline] == [
        (datetime.date(2027, 5, 21), "Selection of 10 EU cluster managers"),
        (datetime.date(2027, 6, 21), "Dissemination of the results of the selection"),
        (
            datetime.date(2027, 11, 19),
            "Visit of a Japanese cluster with the support of the EU-Japan Centre for "
            "Industrial Cooperation, by this date",
        ),
    ]
    assert (call.accepts_applications, call.places, call.max_per_organisation) == (True, 10, 1)
    assert call.eligible_countries == EU_MEMBER_STATES
    assert call.application_email == "ejrc@eu-japan.eu"
    assert "by the deadline." in call.requirements
    call.full_clean()

    for field in [
        "opening_date",
        "deadline_date",
        "opens_at",
        "deadline",
        "accepts_applications",
        "places",
        "eligible_countries",
        "application_email",
        "motivation_max_length",
        "application_retention_days",
    ]:
        assert getattr(japanese_call, field) == getattr(call, field), field
    assert [(m.value["date"], m.value["label"]) for m in japanese_call.timeline] == [
        (datetime.date(2027, 5, 21), "EUクラスターマネージャー10名の選考"),
        (datetime.date(2027, 6, 21), "選考結果の公表"),
        (
            datetime.date(2027, 11, 19),
            "日欧産業協力センターの支援による日本のクラスター訪問（この日まで）",  # noqa: RUF001
        ),
    ]
    assert "締切までに" in japanese_call.requirements
    japanese_call.full_clean()


def test_the_call_pages_offer_the_form_in_both_languages(client, call, japanese_call):
    with time_machine.travel(LOADED_AT, tick=False):
        for page, button in [(call, "Apply online"), (japanese_call, "オンラインで応募")]:
            assert button in client.get(page.url).content.decode()
            form = client.get(f"{page.url}apply/").content.decode()
            select = re.search(r'<select name="country".*?</select>', form, re.DOTALL)[0]
            assert re.findall(r'<option value="([A-Z]+)"', select) == EU_MEMBER_STATES


def test_applications_in_both_languages_at_each_step(call, japanese_call):
    applications = Application.objects.filter(call_key=call.translation_key)
    assert Counter(applications.values_list("language", "status")) == {
        ("en", "received"): 1,
        ("en", "shortlisted"): 1,
        ("en", "selected"): 1,
        ("ja", "received"): 1,
        ("ja", "shortlisted"): 1,
        ("ja", "selected"): 1,
    }
    assert {(a.name, a.language, a.call_id) for a in applications} == {
        ("Lena Vogt", "en", call.pk),
        ("Tomás Ferreira", "en", call.pk),
        ("Aino Lehtinen", "en", call.pk),
        ("Sophie Laurent", "ja", japanese_call.pk),
        ("Jan de Vries", "ja", japanese_call.pk),
        ("Katarzyna Wiśniewska", "ja", japanese_call.pk),
    }
    consent = {
        "en": "I have read the privacy notice and agree that the helpdesk processes my data.",
        "ja": "プライバシーポリシーを読み、ヘルプデスクが私の個人情報を取り扱うことに同意します。",
    }
    # Fictional applicants, at addresses reserved for examples.
    assert sorted(applications.values_list("email", flat=True)) == [
        "aino.lehtinen@example.eu",
        "jan.devries@example.org",
        "katarzyna.wisniewska@example.eu",
        "lena.vogt@example.eu",
        "sophie.laurent@example.eu",
        "tomas.ferreira@example.org",
    ]
    for application in applications:
        assert application.country in call.eligible_countries
        assert application.region.iso_country == application.country
        assert len(application.motivation) <= call.motivation_max_length
        assert application.consent == consent[application.language]
        application.full_clean()


def test_each_application_names_japanese_partners_in_its_language(call):
    for application in Application.objects.filter(call_key=call.translation_key):
        partners = list(application.partners.all())
        assert partners != []
        assert {(p.country, p.locale.language_code, p.live) for p in partners} == {
            ("JP", application.language, True)
        }
    lena = Application.objects.get(email="lena.vogt@example.eu")
    assert sorted(lena.partners.values_list("title", flat=True)) == [
        "Fukushima Prefecture",
        "Kanagawa Prefecture",
    ]
    jan = Application.objects.get(email="jan.devries@example.org")
    assert sorted(jan.partners.values_list("title", flat=True)) == [
        "さいたま市",
        "九州バイオクラスター",
    ]


def test_japanese_applications_are_written_in_japanese(call):
    for application in Application.objects.filter(call_key=call.translation_key):
        japanese = bool(JAPANESE_SCRIPT.search(application.motivation))
        assert japanese is (application.language == "ja"), application.name
        assert bool(JAPANESE_SCRIPT.search(application.consent)) is japanese


def test_each_status_has_its_history_within_the_open_period(call):
    reviewer = "reviewer"
    histories = {
        application.email: [
            (change.status, change.changed_at, change.changed_by and change.changed_by.username)
            for change in application.status_changes.all()
        ]
        for application in Application.objects.filter(call_key=call.translation_key)
    }
    assert histories == {
        "lena.vogt@example.eu": [("received", at(2027, 3, 8, 5, 0), None)],
        "tomas.ferreira@example.org": [
            ("received", at(2027, 2, 22, 7, 0), None),
            ("shortlisted", at(2027, 3, 4, 9, 0), reviewer),
        ],
        "aino.lehtinen@example.eu": [
            ("received", at(2027, 2, 19, 8, 0), None),
            ("shortlisted", at(2027, 2, 26, 6, 0), reviewer),
            ("selected", at(2027, 3, 6, 4, 0), reviewer),
        ],
        "sophie.laurent@example.eu": [("received", at(2027, 3, 9, 8, 0), None)],
        "jan.devries@example.org": [
            ("received", at(2027, 2, 24, 3, 0), None),
            ("shortlisted", at(2027, 3, 5, 7, 0), reviewer),
        ],
        "katarzyna.wisniewska@example.eu": [
            ("received", at(2027, 2, 18, 9, 0), None),
            ("shortlisted", at(2027, 2, 25, 5, 0), reviewer),
            ("selected", at(2027, 3, 7, 8, 0), reviewer),
        ],
    }
    for application in Application.objects.filter(call_key=call.translation_key):
        changes = list(application.status_changes.all())
        assert application.submitted_at == changes[0].changed_at
        assert application.status == changes[-1].status
        assert call.opens_at <= application.submitted_at < LOADED_AT


def test_attachments_are_pdfs_in_the_private_storage(call):
    attached = Application.objects.filter(call_key=call.translation_key).exclude(attachment="")
    assert sorted(attached.values_list("email", flat=True)) == [
        "aino.lehtinen@example.eu",
        "jan.devries@example.org",
        "lena.vogt@example.eu",
    ]
    root = Path(settings.APPLICATIONS_ROOT)
    stored = sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())
    assert stored == sorted(
        f"calls/{application.call_id}/{application.reference}.pdf" for application in attached
    )
    for application in attached:
        with application.attachment.open("rb") as file:
            content = file.read()
        assert (content[:5], content[-6:]) == (b"%PDF-", b"%%EOF\n")
        assert f"Reference: {application.reference}".encode() in content


def test_loading_again_later_adds_no_application(call):
    root = Path(settings.APPLICATIONS_ROOT)
    before = (
        sorted(Application.objects.values_list("reference", "status", "submitted_at")),
        StatusChange.objects.count(),
        sorted(root.rglob("*")),
    )
    output = StringIO()

    with time_machine.travel(LOADED_AT + datetime.timedelta(days=60), tick=False):
        call_command("load_demo_content", stdout=output)

    assert "applications: 0 created, 6 already present" in output.getvalue()
    assert "Nothing created" in output.getvalue()
    after = (
        sorted(Application.objects.values_list("reference", "status", "submitted_at")),
        StatusChange.objects.count(),
        sorted(root.rglob("*")),
    )
    assert after == before
    call.refresh_from_db()
    assert call.deadline_date == datetime.date(2027, 4, 21)
