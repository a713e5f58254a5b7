"""A complete application form, and what private storage holds."""

from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.applications.conftest import PDF


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
