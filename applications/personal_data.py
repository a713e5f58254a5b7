"""What the site holds on an applicant, found by e-mail address: to hand over, or to erase."""

from pathlib import PurePosixPath

from .models import Application
from .retention import delete_applications


def applications_of(email):
    """The applications sent from the address, whatever its case."""
    return Application.objects.filter(email__iexact=email.strip())


def applicant_data(email):
    """Every application sent from the address, with its history, as JSON-ready data."""
    applications = (
        applications_of(email)
        .select_related("call")
        .prefetch_related("partners", "status_changes")
        .order_by("submitted_at", "pk")
    )
    return {
        "email": email.strip().lower(),
        "applications": [application_data(application) for application in applications],
    }


def application_data(application):
    """One application as the applicant sent it, and the steps of its review."""
    attachment = application.attachment.name
    return {
        "reference": application.reference,
        "call": application.call.title,
        "call_url": application.call.get_url(),
        "language": application.language,
        "status": application.status,
        "submitted_at": application.submitted_at.isoformat(),
        "name": application.name,
        "role": application.role,
        "email": application.email,
        "phone": application.phone,
        "organisation": application.organisation,
        "country": application.country,
        "region": application.region_id,
        "eccp_profile": application.eccp_profile,
        "partners": sorted(partner.title for partner in application.partners.all()),
        "other_partners": application.other_partners,
        "motivation": application.motivation,
        "attachment": PurePosixPath(attachment).name if attachment else None,
        "consent": application.consent,
        # Who reviewed is the staff's data, not the applicant's.
        "history": [
            {
                "status": change.status,
                "note": change.note,
                "changed_at": change.changed_at.isoformat(),
            }
            for change in application.status_changes.all()
        ],
    }


def erase_applicant(email):
    """Delete every application sent from the address, with its history and file; return how many."""
    return delete_applications(applications_of(email))
