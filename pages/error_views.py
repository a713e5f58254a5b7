"""The 404 and 500 pages, inside the site's layout and in the language of the address."""

from django.shortcuts import render
from django.utils.translation import get_language

from wagtail.models import Locale

from .navigation import home_links, locale_home


def page_not_found(request, exception):
    """The site's layout with its navigation, and a way back home and to search."""
    locale = Locale.objects.filter(language_code=get_language()).first()
    context = {
        "home": locale_home(locale) if locale else None,
        "language_links": home_links(),
    }
    return render(request, "404.html", context, status=404)


def server_error(request):
    """The layout without anything read from the database, which may be what failed."""
    context = {"plain": True, "language_links": home_links()}
    return render(request, "500.html", context, status=500)
