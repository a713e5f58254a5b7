"""The CMS's own rendering of a draft from a preview token."""

from django.http import HttpResponse
from django.utils import translation
from django.utils.html import escape
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET

from .tokens import PreviewTokenError, resolve_preview_token


@require_GET
@xframe_options_sameorigin
def preview(request):
    """Render the draft a preview token grants, in the page's language, never cached or indexed.

    The admin's preview panel frames this view, so it may be framed by the CMS itself only.
    """
    try:
        page = resolve_preview_token(request.GET.get("token", ""))
    except PreviewTokenError as error:
        response = HttpResponse(
            f"<!DOCTYPE html><title>Preview unavailable</title><h1>{escape(error)}</h1>",
            status=403,
        )
    else:
        request.is_preview = True
        request.preview_mode = ""
        language = page.locale.language_code
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = page.serve(request)
            if hasattr(response, "render"):
                response.render()
    response["Content-Security-Policy"] = "frame-ancestors 'self'"
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
