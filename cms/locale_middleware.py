"""Language negotiation for the site's pages, not for the API, whose answers never depend on it."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

# The API answers in the languages its queries ask for (locale:), whatever Accept-Language says:
# no Vary on it (one cached copy for every reader), and its Content-Language set by the view.
LANGUAGE_NEUTRAL_PATHS = ("/graphql/",)


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except on the API, which runs in the default language."""

    def process_request(self, request):
        if request.path_info.startswith(LANGUAGE_NEUTRAL_PATHS):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            return None
        return super().process_request(request)

    def process_response(self, request, response):
        if request.path_info.startswith(LANGUAGE_NEUTRAL_PATHS):
            return response
        return super().process_response(request, response)
