# Japanese messages use full-width punctuation; ruff would flag it.
# ruff: noqa: RUF001
"""The application form: open exactly while the call is, checked in both languages, abuse refused."""

import datetime
import re
from pathlib import Path

import pytest

from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from applications.models import Application, StatusChange
from tests.applications.helpers import PDF, form_data, stored_files

BRUSSELS_DEADLINE = datetime.datetime(2027, 3, 15, 16, 0, tzinfo=datetime.UTC)


@pytest.mark.django_db
class TestOpenOnlyWhileTheCallIs:
    @pytest.mark.parametrize(
        ("moment", "status"),
        [
            (datetime.datetime(2027, 1, 31, 22, 59, 59, tzinfo=datetime.UTC), 404),  # before
            (datetime.datetime(2027, 1, 31, 23, 0, 0, tzinfo=datetime.UTC), 200),  # opening
            (BRUSSELS_DEADLINE + datetime.timedelta(seconds=59), 200),  # the deadline minute
            (BRUSSELS_DEADLINE + datetime.timedelta(seconds=60), 404),  # one second after it
        ],
    )
    def test_the_form_is_there_from_the_opening_to_the_end_of_the_deadline_minute(
        self, client, call, frozen, moment, status
    ):
        frozen.move_to(moment)
        assert client.get("/en/calls/mobility/apply/").status_code == status
        assert client.get("/ja/calls/mobility/apply/").status_code == status

    def test_a_form_sent_a_second_after_the_deadline_minute_is_refused(
        self, client, call, partners, frozen
    ):
        frozen.move_to(BRUSSELS_DEADLINE + datetime.timedelta(seconds=60))
        response = client.post("/en/calls/mobility/apply/", form_data(partners["tokushima"]))
        assert response.status_code == 404
        assert "This call does not take applications at the moment." in response.text
        assert (Application.objects.count(), stored_files()) == (0, [])

    def test_the_call_links_its_form_only_while_it_is_open(self, client, call, frozen):
        assert 'href="/en/calls/mobility/apply/"' in client.get("/en/calls/mobility/").text
        frozen.move_to(BRUSSELS_DEADLINE + datetime.timedelta(seconds=60))
        assert "apply/" not in client.get("/en/calls/mobility/").text

    def test_a_call_without_online_applications_has_no_form(self, client, call):
        call.accepts_applications = False
        call.save_revision().publish()
        assert client.get("/en/calls/mobility/apply/").status_code == 404
        assert "apply/" not in client.get("/en/calls/mobility/").text

    def test_an_unknown_path_is_not_a_form(self, client, call):
        assert client.get("/en/calls/no-such-call/apply/").status_code == 404
        assert client.get("/en/news/apply/").status_code == 404


@pytest.mark.django_db
def test_a_visitor_applies_in_japanese_and_gets_the_reference(
    client, call, partners, django_capture_on_commit_callbacks
):
    form = client.get("/ja/calls/mobility/apply/")
    # The directory's Japanese partners, in the page's language.
    assert "徳島バイオクラスター" in form.text
    assert "Oulu Health" not in form.text
    japanese_partner = partners["tokushima"].japanese
    # The e-mails leave once the application is stored.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ja/calls/mobility/apply/", form_data(japanese_partner))
    assert (response.status_code, response["Location"]) == (302, "/ja/calls/mobility/apply/sent/")

    application = Application.objects.get()
    # Eight characters of the alphabet without look-alikes, in two groups.
    reference_shape = r"EJRC-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"
    assert re.findall(reference_shape, application.reference) == [application.reference]
    assert (application.call, application.language, application.email) == (
        call.japanese.page_ptr.specific,
        "ja",
        "aino@example.eu",
    )
    assert list(application.partners.all()) == [japanese_partner.page_ptr.specific]
    assert application.status == Application.Status.RECEIVED
    assert list(StatusChange.objects.values_list("status", flat=True)) == ["received"]
    assert stored_files() == [
        Path(settings.APPLICATIONS_ROOT) / f"calls/{call.japanese.pk}/{application.reference}.pdf"
    ]

    confirmation = client.get(response["Location"])
    assert "応募を受け付けました" in confirmation.text
    assert application.reference in confirmation.text
    applicant, contact = mail.outbox
    assert applicant.to == ["aino@example.eu"]
    assert applicant.subject == f"ご応募（{application.reference}）を受け付けました"
    assert f"受付番号：{application.reference}" in applicant.body
    assert "https://helpdesk.example/ja/calls/mobility/" in applicant.body
    assert contact.to == ["calls@eu-japan.eu"]
    assert contact.subject == f"New application {application.reference}: 短期派遣プログラム"
    # The notice names no person: personal data stays in the admin.
    assert "Aino" not in contact.body and "aino@" not in contact.body


@pytest.mark.django_db
def test_the_confirmation_is_only_for_the_one_who_applied(client, call):
    response = client.get("/en/calls/mobility/apply/sent/")
    assert (response.status_code, response["Location"]) == (302, "/en/calls/mobility/")


# Each field's error in English and Japanese, with the data that causes it.
VALIDATION = [
    (
        {"name": None},
        "name",
        "This field is required.",
        "この項目は必須です",
    ),
    (
        {"email": "not-an-address"},
        "email",
        "Enter a valid email address.",
        "有効なメールアドレスを入力してください。",
    ),
    (
        {"eccp_profile": "https://example.com/profile"},
        "eccp_profile",
        "Give the address of a profile on clustercollaboration.eu.",
        "clustercollaboration.eu のプロフィールのアドレスを入力してください。",
    ),
    (
        {"other_partners": ""},
        "partners",
        "Name at least one Japanese partner you want to meet.",
        "面会を希望する日本のパートナーを1つ以上挙げてください。",
    ),
    (
        {"motivation": "x" * 3001},
        "motivation",
        "Write at most 3000 characters (you wrote 3001).",
        "3000文字以内で書いてください（現在3001文字）。",
    ),
    (
        {"consent_given": None},
        "consent_given",
        "Tick the box to agree to the privacy notice.",
        "プライバシーポリシーに同意する場合は、チェックを入れてください。",
    ),
    (
        {"attachment": ("annex.pdf", b"PK\x03\x04 a zip")},
        "attachment",
        "Send the documents as one PDF file.",
        "書類は1つのPDFファイルで送ってください。",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "field", "english", "japanese"), VALIDATION)
@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_error_is_in_the_form_s_language_and_nothing_is_kept(
    client, call, language, changes, field, english, japanese
):
    response = client.post(f"/{language}/calls/mobility/apply/", form_data(**changes))
    assert response.status_code == 400
    assert response.context["form"].errors[field] == [english if language == "en" else japanese]
    assert (Application.objects.count(), stored_files(), mail.outbox) == (0, [], [])


@pytest.mark.django_db
def test_an_oversized_file_is_refused_with_nothing_stored(client, call, settings):
    settings.APPLICATION_MAX_ATTACHMENT_BYTES = 1024
    big = SimpleUploadedFile("annex.pdf", PDF + b"0" * 65536, content_type="application/pdf")
    response = client.post("/ja/calls/mobility/apply/", form_data(attachment=big))
    form = response.context["form"]
    assert form.errors["attachment"] == ["ファイルが1.0\xa0KBを超えています。"]
    # Dropped while it arrived: the form never received the file.
    assert "attachment" not in form.files
    assert (Application.objects.count(), stored_files()) == (0, [])


@pytest.mark.django_db
def test_a_form_without_its_csrf_token_is_refused(call):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/calls/mobility/apply/", form_data())
    assert (response.status_code, Application.objects.count()) == (403, 0)


@pytest.mark.django_db
def test_a_country_the_call_does_not_take_and_a_region_of_another_country(client, call):
    call.eligible_countries = ["FR", "DE"]
    call.save_revision().publish()
    response = client.post("/en/calls/mobility/apply/", form_data())
    assert response.context["form"].errors["country"] == [
        "Select a valid choice. FI is not one of the available choices."
    ]
    response = client.post("/en/calls/mobility/apply/", form_data(country="FR", region="DE1"))
    assert response.context["form"].errors["region"] == ["Choose a region of the country given."]
    # Regions of countries the call does not take are not offered at all.
    response = client.post("/en/calls/mobility/apply/", form_data(country="FR", region="FI1D"))
    assert response.context["form"].errors["region"] == [
        "Select a valid choice. That choice is not one of the available choices."
    ]


@pytest.mark.django_db
def test_regions_are_grouped_by_country_and_named_in_the_page_language(client, call):
    call.japanese.eligible_countries = ["FI", "GR"]
    call.japanese.save_revision().publish()
    form = client.get("/ja/calls/mobility/apply/").context["form"]
    groups = form.fields["region"].widget.choices
    assert [label for label, _options in groups] == ["", "ギリシャ", "フィンランド"]
    greece, finland = groups[1][1], groups[2][1]
    assert (len(greece), len(finland)) == (17, 7)
    # Greece is GR to ISO and to the form, EL to NUTS.
    assert greece[0] == ("EL3", "アッティカ地方 (EL3)")
    assert finland[:2] == [("FI1", "フィンランド本土 (FI1)"), ("FI19", "西フィンランド (FI19)")]


@pytest.mark.django_db
def test_the_same_e_mail_address_applies_once_to_a_call_in_either_language(client, call):
    assert client.post("/en/calls/mobility/apply/", form_data()).status_code == 302
    response = client.post("/ja/calls/mobility/apply/", form_data(email="aino@EXAMPLE.eu"))
    assert response.context["form"].errors["email"] == [
        "このメールアドレスからの応募はすでに受け付けています。"
    ]
    assert Application.objects.count() == 1


@pytest.mark.django_db
def test_one_organisation_sends_at_most_the_call_s_limit(client, call):
    call.max_per_organisation = 1
    call.save_revision().publish()
    assert client.post("/en/calls/mobility/apply/", form_data()).status_code == 302
    response = client.post(
        "/en/calls/mobility/apply/",
        form_data(email="other@example.eu", organisation=" oulu HEALTH"),
    )
    assert response.context["form"].errors["organisation"] == [
        "This call takes at most 1 application per organisation."
    ]


@pytest.mark.django_db
def test_a_filled_in_hidden_field_is_refused_with_nothing_kept(client, call):
    response = client.post("/en/calls/mobility/apply/", form_data(website="http://spam.example"))
    assert response.status_code == 400
    assert (Application.objects.count(), stored_files(), mail.outbox) == (0, [], [])


@pytest.mark.django_db
def test_sent_applications_are_limited_per_address_and_per_e_mail(client, call, settings):
    settings.APPLICATION_RATE_LIMIT = 2
    # Forms sent back with errors do not count.
    for _attempt in range(3):
        assert client.post("/en/calls/mobility/apply/", form_data(name=None)).status_code == 400
    for number in range(2):
        sent = client.post("/en/calls/mobility/apply/", form_data(email=f"a{number}@example.eu"))
        assert sent.status_code == 302
    refused = client.post("/en/calls/mobility/apply/", form_data(email="a2@example.eu"))
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) <= settings.APPLICATION_RATE_SECONDS
    assert "Too many applications from this address or e-mail address." in refused.text
    assert Application.objects.count() == 2
    # The window is the address's: another address still applies.
    other = client.post(
        "/en/calls/mobility/apply/", form_data(email="b@example.eu"), REMOTE_ADDR="203.0.113.9"
    )
    assert (other.status_code, Application.objects.count()) == (302, 3)


@pytest.mark.django_db
def test_attachments_have_no_public_address(client, call):
    client.post("/en/calls/mobility/apply/", form_data())
    application = Application.objects.get()
    stored = Path(application.attachment.path)
    assert (
        stored.is_relative_to(settings.MEDIA_ROOT),
        stored.is_relative_to(settings.APPLICATIONS_ROOT),
    ) == (False, True)
    assert client.get(f"/media/{application.attachment.name}").status_code == 404
