"""A complete application form, and what private storage holds."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.users.models import UserProfile

# The smallest file that reads as a PDF.
PDF = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def form_data(partner=None, **changes):
    """A complete application; `changes` replace or (with None) leave out fields."""
    data = {
        "name": "Aino Virtanen",
        "role": "Cluster manager",
        "email": "Aino@Example.eu",
        "phone": "",
        "organisation": "Oulu Health",
        "country": "FI",
        "region": "",
        "eccp_profile": "https://clustercollaboration.eu/cluster-organisations/oulu-health",
        "partners": [partner.pk] if partner else [],
        "other_partners": "" if partner else "Kobe Biomedical Cluster",
        "motivation": "We want to meet Japanese clusters in health technology.",
        "consent_given": "on",
        "attachment": SimpleUploadedFile("annex.pdf", PDF, content_type="application/pdf"),
    }
    data.update(changes)
    if isinstance(data["attachment"], tuple):
        name, content = data["attachment"]
        data["attachment"] = SimpleUploadedFile(name, content, content_type="application/pdf")
    return {key: value for key, value in data.items() if value is not None}


def stored_files():
    """Every file in the applications' private storage."""
    return sorted(path for path in Path(settings.APPLICATIONS_ROOT).rglob("*") if path.is_file())


def sign_in(client, role, language="en"):
    """Sign the client in as a new member of the role, reading the admin in the language."""
    user = get_user_model().objects.create_user(
        f"{role.split()[0].lower()}-{language}", f"{language}@eu-japan.eu"
    )
    user.groups.add(Group.objects.get(name=role))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user
