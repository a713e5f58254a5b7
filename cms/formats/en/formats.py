"""English dates as the helpdesk writes them: 19 November 2026."""

DATE_FORMAT = "j F Y"
