# Japanese dates are written with full-width brackets; ruff would flag them.
# ruff: noqa: RUF001, RUF002
"""Japanese dates with the day of the week: 2026年11月19日（木）."""

DATE_FORMAT = "Y年n月j日（D）"
