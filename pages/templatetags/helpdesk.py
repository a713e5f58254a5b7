"""Template helpers for times shown in two zones and localised relations."""

from django import template

from ..timezones import dual_clock, in_display_zones

register = template.Library()


@register.filter
def dual_time(moment):
    """'9:00 CET / 17:00 JST' for an aware datetime."""
    return dual_clock(moment) if moment else ""


@register.filter
def display_zones(moment):
    """The instant as read in each display time zone (for a <time> per zone)."""
    return in_display_zones(moment)


@register.filter
def localized(objects):
    """Each page or snippet in the active language where a translation exists."""
    return [obj.localized for obj in objects]
