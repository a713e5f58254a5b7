"""A call's places left, as a count only, for its public page."""

from django import template

from ..review import places_left as count_places_left

register = template.Library()


@register.simple_tag
def places_left(call):
    """The places not yet taken, for a call that takes applications online and limits them."""
    if not call.accepts_applications:
        return None
    return count_places_left(call)
