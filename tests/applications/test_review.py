# Japanese messages use full-width punctuation; ruff would flag it.
# ruff: noqa: RUF001
"""The review in the admin: the list by call, each step with its history, places left, exports."""

import csv
import html
import io
import re

import openpyxl
import pytest

from django.contrib.messages import get_messages
from django.urls import reverse

from applications.models import Application, StatusChange
from editorial.roles import EDITORS, MODERATORS, REVIEWERS
from tests.applications.helpers import PDF, sign_in, stored_files

pytestmark = pytest.mark.django_db


def index():
    """The list's address (the admin's addresses start with the language)."""
    return reverse("applications:index")


def listed(client, query=""):
    """The references the list shows, for the query string."""
    response = client.get(f"{index()}?{query}")
    assert response.status_code == 200
    return sorted(
        reference
        for reference in Application.objects.values_list("reference", flat=True)
        if reference in response.text
    )


def references(sent, *emails):
    return sorted(sent[email].reference for email in emails)


def review(client, application, status, note=""):
    """Post the review form of the application."""
    return client.post(
        reverse("applications:edit", args=[application.pk]), {"status": status, "note": note}
    )


class TestTheList:
    def test_reviewers_filter_by_call_status_country_and_partner(self, client, sent, call):
        sign_in(client, REVIEWERS)
        everyone = references(sent, "aino@example.eu", "jonas@example.de", "chiara@example.it")
        assert listed(client) == everyone
        # One call in both its languages: the Japanese application is the same call's.
        assert listed(client, f"call={call.translation_key}") == everyone
        assert listed(client, "country=DE") == references(sent, "jonas@example.de")
        tokushima = sent["aino@example.eu"].partners.get()
        # Picked in English by one applicant, in Japanese by the other: the same partner.
        assert listed(client, f"partner={tokushima.translation_key}") == references(
            sent, "aino@example.eu", "chiara@example.it"
        )
        review(client, sent["jonas@example.de"], "shortlisted")
        assert listed(client, "status=shortlisted") == references(sent, "jonas@example.de")

    def test_the_filters_name_calls_and_partners_in_the_admin_language(
        self, client, sent, call, partners
    ):
        sign_in(client, REVIEWERS, "ja")
        text = client.get(index()).text
        tokushima = partners["tokushima"]
        assert f'<option value="{call.translation_key}">短期派遣プログラム</option>' in text
        assert f'<option value="{tokushima.translation_key}">徳島バイオクラスター</option>' in text

    @pytest.mark.parametrize("role", [EDITORS, MODERATORS])
    def test_other_roles_are_refused_every_page(self, client, sent, role):
        sign_in(client, role)
        application = sent["aino@example.eu"]
        for url in (
            index(),
            reverse("applications:edit", args=[application.pk]),
            reverse("applications:attachment", args=[application.pk]),
            reverse("applications:applicant") + "?email=aino@example.eu",
            index() + "?export=csv",
        ):
            assert client.get(url).status_code == 403, url
        assert "/admin/applications/" not in client.get(reverse("wagtailadmin_home")).text

    def test_signed_out_readers_are_sent_to_sign_in(self, client, sent):
        application = sent["aino@example.eu"]
        for url in (index(), reverse("applications:attachment", args=[application.pk])):
            response = client.get(url)
            assert (response.status_code, response["Location"].split("?")[0]) == (
                302,
                reverse("wagtailadmin_login"),
            )

    def test_nobody_adds_an_application_in_the_admin(self, client, sent, django_user_model):
        user = django_user_model.objects.create_superuser("root", "root@eu-japan.eu")
        client.force_login(user)
        assert client.get(reverse("applications:add")).status_code == 403
        assert reverse("applications:add") not in client.get(index()).text


class TestTheReview:
    def test_each_step_is_kept_with_its_note_and_reviewer(self, client, sent):
        user = sign_in(client, REVIEWERS)
        application = sent["aino@example.eu"]
        response = review(client, application, "shortlisted", "Strong health-tech profile.")
        assert response.status_code == 302
        response = review(client, application, "selected", "Meets Tokushima in May.")
        assert response.status_code == 302
        history = StatusChange.objects.filter(application=application).order_by("pk")
        assert [(change.status, change.note, change.changed_by) for change in history] == [
            ("received", "", None),
            ("shortlisted", "Strong health-tech profile.", user),
            ("selected", "Meets Tokushima in May.", user),
        ]
        page = client.get(reverse("applications:edit", args=[application.pk])).text
        assert "Meets Tokushima in May." in page and "2 of 3 places left" in page

    @pytest.mark.parametrize(
        ("language", "message"),
        [
            ("en", "An application that is received cannot become selected."),
            ("ja", "「受付済み」の応募は「採択」にできません。"),
        ],
    )
    def test_a_step_the_review_may_not_take_is_refused_in_the_admin_language(
        self, client, sent, language, message
    ):
        sign_in(client, REVIEWERS, language)
        application = sent["aino@example.eu"]
        response = review(client, application, "selected")
        assert response.status_code == 200
        assert message in response.text
        application.refresh_from_db()
        assert (application.status, application.status_changes.count()) == ("received", 1)

    def test_a_note_alone_keeps_the_status(self, client, sent):
        sign_in(client, REVIEWERS)
        application = sent["aino@example.eu"]
        assert review(client, application, "received", "Called the applicant.").status_code == 302
        assert list(application.status_changes.values_list("status", "note")) == [
            ("received", ""),
            ("received", "Called the applicant."),
        ]
        response = review(client, application, "received")
        assert "Choose a new status or write a note." in response.text

    def test_no_more_are_selected_than_the_call_has_places(self, client, sent, call):
        for page in (call, call.japanese):
            page.places = 1
            page.save_revision().publish()
        sign_in(client, REVIEWERS)
        first, second = sent["aino@example.eu"], sent["chiara@example.it"]
        for application in (first, second):
            review(client, application, "shortlisted")
        assert review(client, first, "selected").status_code == 302
        response = review(client, second, "selected")
        assert "Every place of this call is taken: undo another selection first." in response.text
        assert review(client, first, "shortlisted").status_code == 302
        assert review(client, second, "selected").status_code == 302


class TestPlacesLeft:
    def test_the_public_page_counts_places_left_in_both_languages(self, client, sent, call):
        reviewer = client.__class__()
        sign_in(reviewer, REVIEWERS)

        def shown():
            """Places left as one anonymous reader sees them in each language, cache included."""
            return [
                re.search(r'<span class="places-left">([^<]+)</span>', client.get(path).text)[1]
                for path in ("/en/calls/mobility/", "/ja/calls/mobility/")
            ]

        assert shown() == ["(3 left)", "（残り3名）"]
        for status in ("shortlisted", "selected"):
            review(reviewer, sent["chiara@example.it"], status)
        # The cached pages are replaced at once: a selection changes what they show.
        assert shown() == ["(2 left)", "（残り2名）"]
        # The source gains a place after translating: each page counts against its own places
        # until the translation is updated with it.
        call.places = 4
        call.save_revision().publish()
        assert shown() == ["(3 left)", "（残り2名）"]
        call.japanese.places = 4
        call.japanese.save_revision().publish()
        assert shown() == ["(3 left)", "（残り3名）"]

    def test_the_call_editor_counts_applications_by_status(self, client, sent, call):
        sign_in(client, REVIEWERS)
        review(client, sent["jonas@example.de"], "rejected")
        client.logout()
        sign_in(client, MODERATORS)
        text = client.get(reverse("wagtailadmin_pages:edit", args=[call.pk])).text
        assert "Received: <strong>2</strong>" in text
        assert "Rejected: <strong>1</strong>" in text
        assert "3 of 3 places left" in text
        # Moderators edit the call but do not review: counts only, no link to the list.
        assert "Review the applications" not in text


class TestExports:
    HEADINGS = {
        "en": [
            "Reference",
            "Call",
            "Language",
            "Status",
            "Submitted at",
            "Name",
            "Role",
            "E-mail",
            "Phone",
            "Organisation",
            "Country",
            "Region",
            "ECCP profile",
            "Partners to meet",
            "Motivation",
            "Attachment",
        ],
        "ja": [
            "受付番号",
            "公募",
            "言語",
            "ステータス",
            "提出日時",
            "名前",
            "役職",
            "メールアドレス",
            "電話番号",
            "所属",
            "国",
            "地域",
            "ECCPプロフィール",
            "面会を希望するパートナー",
            "志望動機",
            "添付ファイル",
        ],
    }

    @pytest.mark.parametrize("language", ["en", "ja"])
    def test_csv_and_xlsx_hold_the_same_columns_in_both_admin_languages(
        self, client, sent, language
    ):
        sign_in(client, REVIEWERS, language)
        aino = sent["aino@example.eu"]
        rows = list(csv.reader(io.StringIO(client.get(index() + "?export=csv").content.decode())))
        response = client.get(index() + "?export=xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
        cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert rows[0] == cells[0] == self.HEADINGS[language]
        assert len(rows) == len(cells) == 4
        by_reference = {row[0]: row for row in rows[1:]}
        row = by_reference[aino.reference]
        partner = "Tokushima Bio Cluster"
        assert (row[5], row[7], row[9], row[13], row[14]) == (
            "Aino Virtanen",
            "aino@example.eu",
            "Oulu Health",
            partner,
            "We want to meet Japanese clusters in health technology.",
        )
        assert row[3] == {"en": "Received", "ja": "受付済み"}[language]
        assert row[15] == {"en": "yes", "ja": "はい"}[language]


class TestAttachments:
    def test_reviewers_download_the_pdf_privately(self, client, sent):
        sign_in(client, REVIEWERS)
        application = sent["aino@example.eu"]
        response = client.get(reverse("applications:attachment", args=[application.pk]))
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PDF
        assert (
            response["Cache-Control"] == "private, no-store, max-age=0, no-cache, must-revalidate"
        )
        assert response["Content-Disposition"] == (
            f'attachment; filename="{application.reference}.pdf"'
        )

    def test_an_application_without_attachment_has_none_to_download(self, client, sent):
        sign_in(client, REVIEWERS)
        application = sent["jonas@example.de"]
        url = reverse("applications:attachment", args=[application.pk])
        # The admin's addresses have no language: a 404 is first tried under /en/.
        assert client.get(url, follow=True).status_code == 404


def messages_of(response):
    """The admin's messages the response leaves, as read (the admin renders them as HTML)."""
    return [html.unescape(str(m)).strip() for m in get_messages(response.wsgi_request)]


class TestAnApplicantsData:
    def test_erasure_takes_the_address_typed_again(
        self, client, sent, django_capture_on_commit_callbacks
    ):
        sign_in(client, REVIEWERS)
        url = reverse("applications:applicant")
        page = client.get(url, {"email": "AINO@example.eu"}).text
        assert sent["aino@example.eu"].reference in page
        assert sent["jonas@example.de"].reference not in page
        data = {"email": "aino@example.eu", "confirm": "jonas@example.de"}
        # Followed, so that the page shows the message and the next answer starts afresh.
        response = client.post(url, data, follow=True)
        assert "Type the applicant&#x27;s e-mail address again to erase." in response.text
        assert Application.objects.count() == 3
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, {"email": "aino@example.eu", "confirm": "aino@example.eu"})
        assert (response.status_code, response["Location"]) == (302, index())
        assert sorted(Application.objects.values_list("email", flat=True)) == [
            "chiara@example.it",
            "jonas@example.de",
        ]
        assert messages_of(response) == ["Erased 1 application of aino@example.eu and its file."]
        assert [path.name for path in stored_files()] == [
            f"{sent['chiara@example.it'].reference}.pdf"
        ]
