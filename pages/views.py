"""The notice a reader gets on switching to a language the page is not translated into."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from .navigation import LanguageLink, locale_home, nearest_translations
from .visibility import public_pages


def not_translated(request, page_id):
    """'This page is only in English', with the page and the nearest translated section.

    The page's translation, once published, replaces the notice: the address then leads to it.
    """
    language = get_language()
    page = public_pages().filter(pk=page_id).select_related("locale").first()
    if page is None:
        raise Http404
    nearest = nearest_translations(page).get(language)
    if nearest is not None and nearest.translation_key == page.translation_key:
        return redirect(nearest.get_url(request))
    original_language = page.locale.language_code
    names = dict(settings.LANGUAGES)
    context = {
        "home": locale_home(language),
        "original": page,
        "original_url": page.get_url(request),
        "original_language": original_language,
        # The language's name in the reader's language: "英語" on the Japanese notice.
        "original_language_name": dict(settings.WAGTAIL_CONTENT_LANGUAGES)[original_language],
        "nearest": nearest,
        "language_links": [
            LanguageLink(
                language_code=code,
                name=names[code],
                url=page.get_url(request) if code == original_language else request.path,
                is_current=code == language,
                is_translation=code == original_language,
            )
            for code in names
            if code in (original_language, language)
        ],
    }
    return render(request, "pages/not_translated.html", context)
