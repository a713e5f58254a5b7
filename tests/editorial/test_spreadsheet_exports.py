"""The admin's CSV exports: text that would run as a formula in a spreadsheet is written as text."""

import csv
import io

import pytest

from editorial.spreadsheet_exports import as_text
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://evil.example")', '\'=HYPERLINK("http://evil.example")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("Oulu = Tokyo", "Oulu = Tokyo"),
        (12, 12),
        (None, None),
    ],
)
def test_text_a_spreadsheet_would_run_is_written_as_text(value, written):
    assert as_text(value) == written


def test_a_report_exported_as_csv_runs_no_formula(admin_client, site_tree):
    page = factories.NewsPageFactory(parent=site_tree.news, title='=HYPERLINK("http://evil")')
    page.save_revision(user=None).publish()
    response = admin_client.get("/admin/reports/site-history/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = {cell for row in rows[1:] for cell in row}
    assert ('\'=HYPERLINK("http://evil")' in cells, '=HYPERLINK("http://evil")' in cells) == (
        True,
        False,
    )
