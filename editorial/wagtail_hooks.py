"""The editors' admin: reference data menus, choosers, dashboard panels, translation exchange
and the editing hooks that keep reviews and translations safe."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pages.choosers import REGION_CHOOSER, RegionChooserViewSet, partner_chooser_viewsets
from pages.models import Office, Region, Sector, WebinarSeries
from pages.translation_sync import (
    TranslationState,
    admin_language_name,
    strings_to_translate,
    translation_states,
)
from pages.visibility import public_pages

from .admin_views import SafeSubmitPageTranslationView, SafeUpdateTranslationsView, locked_for
from .dashboard import page_panels
from .exchange_views import export_for_translation, import_translations
from .review_only import hide_publish, keep_as_draft, refuse_bulk_publish
from .warnings import page_warnings
from .workflow_messages import after_workflow_action_in_editor


class SectorViewSet(SnippetViewSet):
    model = Sector
    menu_name = "sectors"
    icon = "tag"
    list_display = ["name", "ecosystem", "slug"]
    list_filter = ["ecosystem"]
    search_fields = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    menu_name = "regions"
    icon = "globe"
    list_display = ["code", "name", "name_national", "kind", "level", "country"]
    list_filter = ["kind", "level", "country"]
    search_fields = ["code", "name", "name_national"]
    # Search the table itself: the regions are loaded by a data migration, which does not
    # fill the search index, and a few hundred rows need no index.
    search_backend_name = None
    list_per_page = 50


class OfficeViewSet(SnippetViewSet):
    model = Office
    menu_name = "offices"
    icon = "home"
    list_display = ["name", "city", "side"]


class WebinarSeriesViewSet(SnippetViewSet):
    model = WebinarSeries
    menu_name = "webinar-series"
    icon = "media"
    list_display = ["name", "slug"]


# Menu items are named explicitly: Wagtail otherwise names them after their label in the
# language of the first request, so an admin first opened in Japanese got Japanese item names.


class ReferenceDataGroup(SnippetViewSetGroup):
    items = (SectorViewSet, RegionViewSet, OfficeViewSet, WebinarSeriesViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Reference data")
    menu_name = "reference-data"


register_snippet(ReferenceDataGroup)


hooks.register("construct_page_action_menu", hide_publish)
hooks.register("before_bulk_action", refuse_bulk_publish)


@hooks.register("before_edit_page")
def keep_a_reviewed_edit_as_draft(request, page):
    """Publish on a page under a review of several steps saves a draft (editorial.review_only)."""
    return keep_as_draft(request, page)


@hooks.register("before_create_page")
def keep_a_reviewed_new_page_as_draft(request, parent_page, page_class):
    """Publish on a new page under a review of several steps saves a draft."""
    return keep_as_draft(request, parent_page)


@hooks.register("before_edit_page", order=-1)
def refuse_publishing_a_locked_translation(request, page):
    """The translation editor's Publish obeys locks and reviews, as the page editor's does.

    wagtail-localize checks the publish permission only: a translator could publish a page
    that is waiting for a reviewer, which cancels the review.
    """
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not locked_for(page, request.user):
        return None
    messages.error(request, page.get_lock().get_message(request.user))
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_edit_page")
def warn_of_outdated_translations(request, page):
    """Tell the editor which versions of the page readers see with text older than the source."""
    if request.method != "GET":
        return
    locales = list(Locale.objects.all())
    states = translation_states([page], locales, public_pages())
    outdated = [
        locale
        for locale in locales
        if states[page.translation_key, locale.language_code] is TranslationState.OUTDATED
    ]
    if outdated:
        messages.warning(
            request,
            _(
                "Out of date: the published %(languages)s version has text that no longer "
                "matches its source. Its dates, numbers, links and relations follow the source "
                "already; translate the changed text to bring it up to date."
            )
            % {
                "languages": ", ".join(
                    admin_language_name(locale.language_code) for locale in outdated
                )
            },
        )
    for locale in outdated:
        strings = strings_to_translate(page, locale)
        if strings:
            messages.warning(
                request,
                _("Still to translate in %(language)s: %(strings)s")
                % {
                    "language": admin_language_name(locale.language_code),
                    "strings": _("; ").join(
                        _("“%(text)s” (%(tab)s tab)") % {"text": text, "tab": tab}
                        for text, tab in strings
                    ),
                },
            )


@hooks.register("register_admin_viewset")
def register_choosers():
    return [RegionChooserViewSet(REGION_CHOOSER), *partner_chooser_viewsets()]


# Wagtail's own list of pages awaiting the user's review: the project's "Waiting for approval"
# lists the same pages with their step and language, so the dashboard shows each once.
REPLACED_HOME_PANELS = {"workflow_objects_to_moderate"}


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    """What needs doing: approvals, closing calls, sessions to complete, translations."""
    panels[:] = [
        panel for panel in panels if getattr(panel, "name", "") not in REPLACED_HOME_PANELS
    ]
    panels.extend(page_panels(timezone.now()))


@hooks.register("register_page_header_buttons")
def export_for_translation_button(page, user, view_name, next_url=None):
    if page.depth > 1 and user.has_perm("wagtail_localize.submit_translation"):
        yield Button(
            _("Export for translation"),
            reverse("export_for_translation", args=[page.pk]),
            icon_name="download",
            priority=60,
        )


class TranslatorsMenuItem(MenuItem):
    """A menu entry for those who may submit translations."""

    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def import_translations_menu_item():
    return TranslatorsMenuItem(
        _("Import translations"),
        reverse("import_translations"),
        name="import-translations",
        icon_name="upload",
        order=700,
    )


@hooks.register("register_admin_urls")
def register_safe_translation_sync():
    # The editorial app comes before wagtail_localize, so this path is matched before its own.
    return [
        path(
            "translation-exchange/export/<int:page_id>/",
            export_for_translation,
            name="export_for_translation",
        ),
        path("translation-exchange/import/", import_translations, name="import_translations"),
        path(
            "localize/update/<int:translation_source_id>/",
            SafeUpdateTranslationsView.as_view(),
            name="safe_update_translations",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            SafeSubmitPageTranslationView.as_view(),
            name="safe_submit_page_translation",
        ),
    ]


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_what_readers_will_miss(request, page):
    """A past deadline or an upcoming webinar without registration: saved, with a warning."""
    for warning in page_warnings(page.specific, timezone.now()):
        messages.warning(request, warning)


@hooks.register("after_edit_page")
def say_what_the_workflow_action_did(request, page):
    """'Approved and published', 'now waits for Publication sign-off': not 'has been updated',
    and no 'Draft saved' when the approval changed nothing."""
    after_workflow_action_in_editor(request, page)
