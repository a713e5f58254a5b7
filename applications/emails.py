"""The e-mails of an application: its confirmation to the applicant, the notice to the call."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def send_confirmations(application):
    """The applicant's confirmation in their language, and the call's contact's notice."""
    call = application.call
    link = settings.PUBLIC_BASE_URL + call.relative_url(call.get_site())
    context = {"application": application, "call": call, "link": link}
    with translation.override(application.language):
        subject = render_to_string("applications/email/applicant_subject.txt", context).strip()
        body = render_to_string("applications/email/applicant.txt", context)
    send_mail(subject, body, None, [application.email])
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("applications/email/contact_subject.txt", context).strip()
        body = render_to_string("applications/email/contact.txt", context)
    send_mail(subject, body, None, [call.application_email])
