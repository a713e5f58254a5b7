"""Admin form widgets: date-time inputs that say which clock they are read on."""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail.admin.widgets import AdminDateTimeInput

from .timezones import in_every_display_zone


class ZonedDateTimeInput(AdminDateTimeInput):
    """A date-time input naming the editor's time zone, with the time in Brussels and Tokyo.

    Wagtail reads a date-time in the time zone of the editor's account; the hint below the input
    says which one, and gives the moment in the helpdesk's display zones (updated as the
    editor types, by a small script).
    """

    class Media:
        js = ["pages/admin/zoned_datetime.js"]

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        zone = timezone.get_current_timezone_name()
        moment = value if isinstance(value, datetime.datetime) else None
        if moment is not None and timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        hint = format_html(
            '<p class="help" data-zoned-datetime data-for="{}" data-zone="{}" data-zones="{}">'
            "{} <span data-equivalent>{}</span></p>",
            (attrs or {}).get("id", ""),
            zone,
            ",".join(settings.HELPDESK_DISPLAY_TIME_ZONES),
            _("Read in your time zone (%(zone)s).") % {"zone": zone},
            f"= {in_every_display_zone(moment)}" if moment else "",
        )
        return html + hint
