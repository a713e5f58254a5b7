"""The CMS's own rendering of a draft from a preview token."""

from django.http import HttpResponse
from django.utils.html import escape
from django.views.decorators.http import require_GET

from .preview import PreviewTokenError, resolve_preview_token


@require_GET
def preview(request):
    """Render the draft a preview token grants, never cached and never indexed."""
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
        response = page.serve(request)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
