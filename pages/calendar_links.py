"""Links that add one webinar or event to a web calendar (Google, Outlook) or download it."""

import datetime
from urllib.parse import urlencode

UTC = datetime.UTC


def _details(page, url):
    return f"{page.summary}\n\n{url}".strip()


def google_calendar_url(page, url):
    """Google Calendar's form, filled in with the event (times in UTC)."""
    stamp = "%Y%m%dT%H%M%SZ"
    query = {
        "action": "TEMPLATE",
        "text": page.title,
        "dates": f"{page.start.astimezone(UTC):{stamp}}/{page.end.astimezone(UTC):{stamp}}",
        "details": _details(page, url),
        "location": page.venue or url,
    }
    return f"https://calendar.google.com/calendar/render?{urlencode(query)}"


def outlook_calendar_url(page, url):
    """Outlook on the web's new-event form, filled in with the event (times in UTC)."""
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": page.title,
        "startdt": f"{page.start.astimezone(UTC):{stamp}}",
        "enddt": f"{page.end.astimezone(UTC):{stamp}}",
        "body": _details(page, url),
        "location": page.venue or url,
    }
    return f"https://outlook.office.com/calendar/deeplink/compose?{urlencode(query)}"
