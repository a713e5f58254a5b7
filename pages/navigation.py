"""Where the language switcher and the main navigation lead."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language

from wagtail.models import Page

from .visibility import public_pages


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher."""

    language_code: str
    name: str
    url: str
    is_current: bool
    # False when the page has no public translation in the language: the link leads to a
    # notice saying so (pages.views.not_translated).
    is_translation: bool
    # The reader's filters and page number, kept when switching to the same page.
    query: str = ""

    @property
    def switch_url(self):
        """Where the switcher leads: the translation with the reader's query string."""
        return f"{self.url}?{self.query}" if self.query else self.url


def language_links(page, request):
    """For each language, the page's public translation, or the notice that it has none."""
    nearest = nearest_translations(page)
    links = []
    for code, name in settings.LANGUAGES:
        target = page if code == page.locale.language_code else nearest.get(code)
        if target is None:
            continue
        translated = target.translation_key == page.translation_key
        links.append(
            LanguageLink(
                language_code=code,
                name=name,
                url=target.get_url(request) if translated else not_translated_url(page, code),
                is_current=code == page.locale.language_code,
                is_translation=translated,
                query=request.GET.urlencode() if translated else "",
            )
        )
    return links


def not_translated_url(page, language_code):
    """The address of the notice that the page has no translation in the language."""
    with translation.override(language_code):
        return reverse("not-translated", args=[page.pk])


def nearest_translations(page):
    """For each language, the page's public translation or its nearest translated ancestor."""
    lineage = [*page.get_ancestors().filter(depth__gt=1), page]
    keys = [ancestor.translation_key for ancestor in lineage]
    depth_of = {ancestor.translation_key: ancestor.depth for ancestor in lineage}
    candidates = public_pages().filter(translation_key__in=keys).select_related("locale")
    deepest = {}
    for candidate in candidates:
        code = candidate.locale.language_code
        if (
            code not in deepest
            or depth_of[candidate.translation_key] > depth_of[deepest[code].translation_key]
        ):
            deepest[code] = candidate
    return deepest


def locale_home(locale, request=None):
    """The public home page of a language, or None."""
    from .models import HomePage

    return public_pages(HomePage, locale=locale).first()


def main_sections(locale):
    """The main menu: the language's public sections, and information pages shown in menus."""
    from .models import InformationPage

    home = locale_home(locale)
    if home is None:
        return Page.objects.none()
    information = ContentType.objects.get_for_model(InformationPage)
    return (
        public_pages(locale=locale)
        .child_of(home)
        .exclude(content_type=information, show_in_menus=False)
        .order_by("path")
    )


def information_pages(locale):
    """The public information pages of a language, for the footer."""
    from .models import InformationPage

    home = locale_home(locale)
    if home is None:
        return InformationPage.objects.none()
    return public_pages(InformationPage, locale=locale).child_of(home).order_by("path")


def breadcrumbs(page):
    """The public pages from the language's home down to the page's parent, in order."""
    return public_pages(locale=page.locale).ancestor_of(page).filter(depth__gt=1).order_by("depth")


def home_links():
    """The switcher of a page outside the tree (the error pages): each language's home."""
    return [
        LanguageLink(
            language_code=code,
            name=name,
            url=f"/{code}/",
            is_current=code == get_language(),
            is_translation=True,
        )
        for code, name in settings.LANGUAGES
    ]
