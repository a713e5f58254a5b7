# Japanese typography uses full-width brackets; ruff would flag them.
# ruff: noqa: RUF001
"""An application from a Japanese visitor's form to its selection in the Japanese admin."""

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from django.core import mail

from applications.models import Application
from editorial.roles import REVIEWERS
from pages.models import PartnerPage
from tests import factories
from tests.applications.helpers import PDF
from tests.pages.helpers import publish_translation

pytestmark = pytest.mark.django_db(transaction=True)

MOTIVATION = "徳島のバイオクラスターとヘルステック分野で協力したいと考えています。"


@pytest.fixture
def open_call(migrated_data, site):
    """The site's open call taking applications for three places, and a Japanese partner."""
    publish_translation(site.partners, site.ja)
    call = site.call
    for page in (call, call.get_translation(site.ja)):
        page.accepts_applications = True
        page.places = 3
        page.application_email = "calls@eu-japan.eu"
        page.save_revision().publish()
    partner = factories.PartnerPageFactory(
        parent=site.partners,
        title="Tokushima Bio Cluster",
        slug="tokushima",
        country="JP",
        kind=PartnerPage.Kind.JP_CLUSTER,
    )
    partner.save_revision().publish()
    publish_translation(partner, site.ja, title="徳島バイオクラスター")
    yield call
    # The test's attachment leaves the private storage with the test.
    for application in Application.objects.all():
        application.attachment.delete(save=False)


def test_a_japanese_application_is_selected_in_the_japanese_admin(
    live_server, page, admin_tab, open_call, tmp_path
):
    # The visitor reads the call in Japanese and applies from it.
    page.goto(f"{live_server.url}/ja/calls/mobility/")
    expect(page.locator(".places-left")).to_have_text("（残り3名）")
    page.get_by_role("link", name="オンラインで応募").click()
    page.fill("input[name=name]", "ユッシ・コルホネン")
    page.fill("input[name=role]", "クラスターマネージャー")
    page.fill("input[name=email]", "jussi@example.fi")
    page.fill("input[name=organisation]", "Oulu Health Cluster")
    page.select_option("select[name=country]", "FI")
    page.get_by_label("徳島バイオクラスター").check()
    page.fill("textarea[name=motivation]", MOTIVATION)
    pdf = tmp_path / "proposal.pdf"
    pdf.write_bytes(PDF)
    page.set_input_files("input[name=attachment]", str(pdf))
    page.locator("input[name=consent_given]").check()
    page.get_by_role("button", name="応募を送信").click()

    expect(page.locator("h1")).to_have_text("応募を受け付けました")
    reference = page.locator(".reference").inner_text()
    application = Application.objects.get(reference=reference)
    assert (application.language, application.email, application.motivation) == (
        "ja",
        "jussi@example.fi",
        MOTIVATION,
    )
    assert [partner.title for partner in application.partners.all()] == ["徳島バイオクラスター"]
    assert application.attachment.read() == PDF
    to_applicant = next(message for message in mail.outbox if message.to == ["jussi@example.fi"])
    assert reference in to_applicant.subject and reference in to_applicant.body
    assert "応募" in to_applicant.subject

    # A reviewer reading the admin in Japanese shortlists, then selects it.
    reviewer = admin_tab("reviewer", group=REVIEWERS, language="ja")
    reviewer.goto(f"{live_server.url}/admin/applications/")
    reviewer.get_by_role("link", name=reference).click()
    for status, note in (("一次選考通過", "健康分野の経験が豊富。"), ("採択", "5月に徳島を訪問。")):
        reviewer.locator("#id_status").select_option(label=status)
        reviewer.locator("#id_note").fill(note)
        reviewer.get_by_role("button", name="審査を保存").click()
        expect(reviewer.locator(".messages")).to_contain_text(
            f"応募 {reference} を「{status}」にしました。"
        )
    expect(reviewer.locator(".places-left")).to_have_text("残り2名（定員3名）")
    expect(reviewer.locator("table.history tbody tr")).to_have_count(3)

    # The public page's places left drop by one, in both languages.
    page.goto(f"{live_server.url}/ja/calls/mobility/")
    expect(page.locator(".places-left")).to_have_text("（残り2名）")
    page.goto(f"{live_server.url}/en/calls/mobility/")
    expect(page.locator(".places-left")).to_have_text("(2 left)")

    # The export holds the row, headed in the reviewer's language.
    export = reviewer.request.get(f"{live_server.url}/admin/applications/?export=csv")
    assert export.status == 200
    rows = list(csv.reader(io.StringIO(export.text())))
    assert rows[0][:4] == ["受付番号", "公募", "言語", "ステータス"]
    assert [row[:4] for row in rows[1:]] == [[reference, "短期派遣プログラム", "日本語", "採択"]]
    assert re.fullmatch(r"EJRC-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}", reference)[0] == reference
