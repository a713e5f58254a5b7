"""What an editor may have missed on a page just saved: said after saving, never refused."""

from django.utils.translation import gettext_lazy as _

from pages.models import CallPage, WebinarPage


def page_warnings(page, now):
    """The warnings the saved page deserves at the moment, in the admin's language."""
    warnings = []
    if isinstance(page, CallPage) and page.deadline and page.closes_at <= now:
        warnings.append(_("The deadline has passed: readers see this call as closed."))
    if (
        isinstance(page, WebinarPage)
        and not page.registration_url
        and not page.cancellation_notice
        and page.start
        and page.start > now
    ):
        warnings.append(
            _("This upcoming webinar has no registration link: readers cannot sign up.")
        )
    return warnings
