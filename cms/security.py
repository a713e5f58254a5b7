"""Content-Security-Policy for every HTML page: strict on the site, Wagtail-compatible in the admin.

The site's templates have no inline script or style, so its pages may run only the project's
own files. Wagtail's admin still writes inline scripts and styles, so its policy allows those
but nothing from elsewhere. A view that lets other sites frame it (embeds, previews) keeps its
own frame-ancestors.
"""

from urllib.parse import urlsplit

from django.conf import settings

ADMIN_PREFIXES = ("/admin/", "/django-admin/", "/graphql/")


def origin_of(url):
    """scheme://host of an absolute URL, or None for a path on this site."""
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def media_sources():
    """Where images may come from besides this site: the media bucket's address."""
    if not settings.S3_BUCKET:
        return []
    origin = origin_of(settings.MEDIA_PUBLIC_URL or settings.S3_ENDPOINT_URL)
    return [origin] if origin else []


def site_policy():
    """The directives of visitors' pages, frame-ancestors last."""
    images = " ".join(["'self'", "data:", *media_sources()])
    return [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        f"img-src {images}",
        # Videos embedded in pages (oEmbed providers' players) are iframes over HTTPS.
        "frame-src https:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]


def admin_policy():
    """The directives of the admin (and of GraphiQL in development)."""
    images = " ".join(["'self'", "data:", "blob:", *media_sources()])
    return [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        f"img-src {images}",
        "frame-src 'self' https:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]


class ContentSecurityPolicyMiddleware:
    """Adds the policy to HTML responses; a view's own frame-ancestors wins."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not response.get("Content-Type", "").startswith("text/html"):
            return response
        policy = admin_policy() if request.path.startswith(ADMIN_PREFIXES) else site_policy()
        own = response.get("Content-Security-Policy", "")
        if own.startswith("frame-ancestors ") and ";" not in own:
            policy = [*policy[:-1], own]
        elif own:
            return response
        response["Content-Security-Policy"] = "; ".join(policy)
        return response
