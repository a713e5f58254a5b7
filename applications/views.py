"""The application form of an open call, and the confirmation that follows it."""

from django.db import transaction
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from wagtail.models import Locale

from pages.models import CallPage
from pages.visibility import public_pages

from .emails import send_confirmations
from .forms import ApplicationForm
from .models import StatusChange
from .retention import schedule_daily_purge
from .uploads import limit_attachment_size

# The session key of the references sent, by call: what the confirmation page shows.
SENT = "applications_sent"


def open_call(request, path):
    """The public call at the path, in the language of the address, that takes applications."""
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    if locale is None:
        raise Http404
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    page_url = request.path.removesuffix("apply/").removesuffix("apply/sent/")
    for call in public_pages(CallPage, locale).filter(slug=slug, accepts_applications=True):
        if call.get_url(request) == page_url:
            return call
    raise Http404


@never_cache
@csrf_exempt
def apply(request, path):
    """The form while the call is open, the minute of its deadline included."""
    # The size limit applies while the files arrive, so it is set before the CSRF check, which
    # reads the body; the check itself follows at once.
    limit_attachment_size(request)
    return checked_apply(request, path)


# The rate limit reads the form's e-mail address before the view runs.
apply.prepare_request = limit_attachment_size


@csrf_protect
def checked_apply(request, path):
    """The form, once the request has passed the CSRF check."""
    call = open_call(request, path)
    now = timezone.now()
    if call.status_at(now) != CallPage.Status.OPEN:
        return render(request, "applications/closed.html", {"call": call}, status=404)
    form = ApplicationForm(
        request.POST or None,
        request.FILES or None,
        call=call,
        oversized_upload=request.oversized_upload,
    )
    if request.method == "POST":
        if form.is_robot:
            return HttpResponseBadRequest()
        if form.is_valid():
            application = save(form, call, now)
            request.session.setdefault(SENT, {})[str(call.pk)] = application.reference
            request.session.modified = True
            return redirect(call.get_url(request) + "apply/sent/")
    return render(
        request,
        "applications/apply.html",
        {"call": call, "form": form},
        status=400 if form.is_bound else 200,
    )


@transaction.atomic
def save(form, call, now):
    """Keep the application and its first step, and e-mail once it is stored."""
    application = form.save(commit=False)
    application.call = call
    application.language = call.locale.language_code
    application.submitted_at = now
    application.consent = str(form.fields["consent_given"].label)
    application.save()
    form.save_m2m()
    StatusChange.objects.create(application=application, status=application.status, changed_at=now)
    transaction.on_commit(lambda: send_confirmations(application))
    transaction.on_commit(schedule_daily_purge)
    return application


@never_cache
def sent(request, path):
    """The confirmation of the application just sent, with its reference."""
    call = open_call(request, path)
    reference = request.session.get(SENT, {}).get(str(call.pk))
    if reference is None:
        return redirect(call.get_url(request))
    return render(request, "applications/sent.html", {"call": call, "reference": reference})
