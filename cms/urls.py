"""URL configuration: admin, documents, API, then Wagtail's page tree per language."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from editorial.workflow_messages import WorkflowActionWithOutcomeView
from pages.views import not_translated
from search.views import search_page

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Wagtail's workflow action (the dashboard's Approve), saying what it did; before the admin's
    # own address, which it replaces.
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        # Wagtail's admin access check, which also sets the admin's language.
        require_admin_access(WorkflowActionWithOutcomeView.as_view()),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("graphql_api.urls")),
    path("", include("feeds.urls")),
    path("", include("previews.urls")),
    path("", include("graphql_api.embeds.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every page lives under its language prefix (/en/..., /ja/...); the search page and the calls'
# application forms first, then Wagtail serves whatever is left.
urlpatterns += i18n_patterns(
    path("search/", search_page, name="search"),
    path("not-translated/<int:page_id>/", not_translated, name="not-translated"),
    path("", include("applications.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Error pages in the site's layout, in the language of the address asked for.
handler404 = "pages.error_views.page_not_found"
handler500 = "pages.error_views.server_error"
