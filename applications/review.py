"""The review of applications: the steps a status may take, and the places a call has left."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from pages.generation import bump_after_commit

from .models import Application, StatusChange

Status = Application.Status

# The steps a review may take from each status. A selection may be undone (a candidate who can
# no longer travel goes back to the shortlist); a rejection may be reconsidered; a withdrawal
# is the applicant's own decision and ends the review.
NEXT_STATUSES = {
    Status.RECEIVED: (Status.SHORTLISTED, Status.REJECTED, Status.WITHDRAWN),
    Status.SHORTLISTED: (Status.SELECTED, Status.REJECTED, Status.WITHDRAWN),
    Status.SELECTED: (Status.SHORTLISTED, Status.WITHDRAWN),
    Status.REJECTED: (Status.SHORTLISTED,),
    Status.WITHDRAWN: (),
}


def selected_count(call_key):
    """How many applicants to the call (in either language) are selected."""
    return Application.objects.filter(call_key=call_key, status=Status.SELECTED).count()


def places_left(call):
    """The call's places not yet taken by a selected applicant; None when places are unlimited."""
    if call.places is None:
        return None
    return max(call.places - selected_count(call.translation_key), 0)


def check_status_change(application, status):
    """Refuse a step the review may not take, with the reason in the admin's language."""
    if status == application.status:
        return
    if status not in NEXT_STATUSES[application.status]:
        raise ValidationError(
            _("An application that is %(current)s cannot become %(new)s."),
            params={
                "current": application.get_status_display().lower(),
                "new": Status(status).label.lower(),
            },
            code="step",
        )
    if status == Status.SELECTED and places_left(application.call) == 0:
        raise ValidationError(
            _("Every place of this call is taken: undo another selection first."),
            code="no_place",
        )


@transaction.atomic
def change_status(application, status, note, user, now):
    """Move the application to the status, or note on it, and keep the step in its history."""
    previous = application.status
    check_status_change(application, status)
    application.status = status
    application.save(update_fields=["status"])
    StatusChange.objects.create(
        application=application, status=status, note=note, changed_by=user, changed_at=now
    )
    # The public call page counts its places left: a selection made or undone changes it.
    if Status.SELECTED in (previous, status) and previous != status:
        bump_after_commit()
