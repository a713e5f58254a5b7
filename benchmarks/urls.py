"""The project's URLs, the floors, a bare view of cached bytes and Wagtail's REST API v2."""

from django.core.cache import cache
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.urls import urlpatterns as project_urlpatterns

from . import floors

CACHED_BYTES_KEY = "bench:cached-bytes"

rest_api = WagtailAPIRouter("wagtailapi")
rest_api.register_endpoint("pages", PagesAPIViewSet)


@csrf_exempt
def cached_bytes(request):
    """The least a cached read can cost: one cache get, the bytes as they are (POST sets them)."""
    if request.method == "POST":
        cache.set(CACHED_BYTES_KEY, request.body, None)
    return HttpResponse(cache.get(CACHED_BYTES_KEY), content_type="application/json")


urlpatterns = [
    path("bench/floor/news/", floors.news),
    path("bench/floor/webinars/", floors.webinars),
    path("bench/floor/pages/", floors.pages),
    path("bench/floor/page/", floors.page_by_path),
    path("bench/cached/", cached_bytes),
    path("api/v2/", rest_api.urls),
    *project_urlpatterns,
]
