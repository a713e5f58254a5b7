"""The admin's spreadsheet exports (reports, listings): no exported text runs as a formula.

Wagtail's XLSX export keeps formulas as text, but its CSV export writes titles and names as
they are: a page titled `=HYPERLINK(...)` would run in the spreadsheet of whoever opens the
report. Cells that start as a formula does are written with a leading apostrophe, which
spreadsheets show as text (OWASP's advice on CSV injection).
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    """The value, with a leading apostrophe if it is text a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv_row_as_text(self, writer, row_dict):
    """Wagtail's CSV row, every cell that would run as a formula written as text."""
    return writer.writerow(
        {
            field: as_text(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        }
    )


def export_formulas_as_text():
    """Route every CSV export of the admin through write_csv_row_as_text."""
    SpreadsheetExportMixin.write_csv_row = write_csv_row_as_text
