"""Every editorial role against every admin action that changes content: who may, who may not.

Each action goes through the admin's own view with the test client, posting what the browser
posts, and the database is read back afterwards: an allowed action changed the content, a
refused one left it as it was. Anonymous visitors are sent to the login page; staff are refused
with Wagtail's "permission denied" (a redirect with an error message) or a 403, except where
the view goes on without the forbidden part (`REFUSED_WITHOUT_ERROR`): an editor's "Publish" is
saved as a draft, which is how Wagtail refuses it.

The expectations (`MAY`, below) are read from editorial/roles.py and docs/editors.md's table of roles:

- page actions on the whole tree: TREE_PAGE_ACTIONS (editors add and change; moderators and
  administrators also publish); in the Japanese tree: TRANSLATOR_PAGE_ACTIONS for translators;
- model permissions (snippets, helpdesk settings, translation rights): MODEL_PERMISSIONS, and
  administrators hold every permission;
- images: IMAGE_AND_DOCUMENT_PERMISSIONS (every role may add one).
"""

import datetime
import io

import pytest
from PIL import Image

from django.contrib.auth.models import Group
from django.contrib.messages import ERROR, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    TaskState,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from applications.models import Application
from editorial.roles import (
    ADMINISTRATORS,
    EDITORS,
    IMAGE_AND_DOCUMENT_PERMISSIONS,
    MODEL_PERMISSIONS,
    MODERATORS,
    REVIEWERS,
    TRANSLATORS,
)
from editorial.translation_exchange import export_section
from pages.models import HelpdeskSettings, NewsPage, Sector
from tests import factories
from tests.editorial.helpers import form_fields
from tests.pages.helpers import publish_translation, translate_all
from webhooks.models import WebhookEndpoint

pytestmark = pytest.mark.django_db

# The roles as editorial/roles.py creates them (in its order), and a visitor who is not signed in.
STAFF_ROLES = (*MODEL_PERMISSIONS, ADMINISTRATORS)
ANONYMOUS = "anonymous"
ROLES = (*STAFF_ROLES, ANONYMOUS)

# Who may write English pages: TREE_PAGE_ACTIONS grant "add" and "change" on the whole tree.
WRITERS = frozenset({EDITORS, MODERATORS, ADMINISTRATORS})
# Who may publish, unpublish, delete and move live English pages: "publish" on the whole tree.
# Wagtail has no page "delete" permission: a user with "change" and "publish" may delete (and
# so move) a live page, one with "change" alone only a draft. My reading: moderators deleting
# and moving live pages is intended, since roles.py grants Wagtail's own Moderators set.
PUBLISHERS = frozenset({MODERATORS, ADMINISTRATORS})
# Who holds wagtail_localize.submit_translation: translators, and administrators (everything).
# Not editors or moderators: MODEL_PERMISSIONS does not grant it to them, and the roles are to
# be the same whether or not the groups were Wagtail's (editorial/roles.py). A migrated database
# still has wagtail-localize's migration 0006 grant to the groups then named "Editors" and
# "Moderators", which the roles took over: those rows fail until the grant is removed.
TRANSLATION_RIGHTS = frozenset({TRANSLATORS, ADMINISTRATORS})

MAY = {
    # The English tree.
    "create_english_news": WRITERS,
    "edit_english_page": WRITERS,
    # News are under the two-step review: they go live only by approving its last step
    # (editorial/review_only.py); Publish saves a draft for everyone but a superuser.
    "publish_english_news": frozenset(),
    "unpublish_english_news": PUBLISHERS,
    "delete_english_news": PUBLISHERS,
    "move_english_news": PUBLISHERS,
    # Review: whoever may edit may submit; the tasks name moderators and administrators.
    "submit_news_for_review": WRITERS,
    "approve_review_task": PUBLISHERS,
    # The Japanese tree: editors add and edit pages of both languages (docs/editors.md) but do not
    # publish; translators hold TRANSLATOR_PAGE_ACTIONS on the Japanese home.
    "edit_japanese_page": WRITERS | {TRANSLATORS},
    # The review covers news of the Japanese tree too (a synced translation aside, below).
    "publish_japanese_page": frozenset(),
    # Translation (docs/editors.md: translators "translate, export and import translations").
    "start_japanese_translation": TRANSLATION_RIGHTS,
    # A page written in Japanese first, translated into English: the English version is a new
    # English page, which translators ("the Japanese tree only") may not add.
    "translate_japanese_page_into_english": frozenset({ADMINISTRATORS}),
    # The translation editor's Publish takes publish permission on the translation, and while
    # the translation waits for a review step, a place among that step's reviewers (as Wagtail's
    # page editor does: the step locks the page for everyone else).
    "publish_in_translation_editor": PUBLISHERS | {TRANSLATORS},
    "publish_reviewed_translation_in_translation_editor": PUBLISHERS,
    "sync_and_publish_translations": TRANSLATION_RIGHTS,
    # The same for a page written in Japanese first: its translation is an English page, which
    # only those who may edit English pages and hold translation rights may change.
    "sync_japanese_page_into_english": frozenset({ADMINISTRATORS}),
    "export_for_translation": TRANSLATION_RIGHTS,
    "import_translations": TRANSLATION_RIGHTS,
    # Reference data and settings: MODEL_PERMISSIONS.
    "edit_sector": frozenset({EDITORS, MODERATORS, ADMINISTRATORS}),
    "edit_helpdesk_settings": frozenset({MODERATORS, ADMINISTRATORS}),
    # IMAGE_AND_DOCUMENT_PERMISSIONS give "add" to every role that writes or translates.
    "upload_image": frozenset(IMAGE_AND_DOCUMENT_PERMISSIONS),
    # Users, groups and webhooks: administrators only (docs/editors.md).
    "create_webhook_endpoint": frozenset({ADMINISTRATORS}),
    "create_user": frozenset({ADMINISTRATORS}),
    "edit_group": frozenset({ADMINISTRATORS}),
    # Applications hold applicants' personal data: their reviewers only (and administrators).
    "review_application": frozenset({REVIEWERS, ADMINISTRATORS}),
    "download_applicant_data": frozenset({REVIEWERS, ADMINISTRATORS}),
}

# Refusals that are not Wagtail's "permission denied" but a redirect without an error: the
# edit view saves a "Publish" as a draft where the user may edit the page but not publish it (an
# editor's anywhere, everyone's on news under review); "Sync
# translated pages" goes through every translation of the source, and my reading is that it
# should leave out (with a message) the ones the user may not edit, as it already saves those
# the user may not publish as drafts with a warning, rather than refuse the whole sync.
REFUSED_WITHOUT_ERROR = {
    *(("publish_english_news", role) for role in WRITERS),
    *(("publish_japanese_page", role) for role in WRITERS | {TRANSLATORS}),
    ("sync_japanese_page_into_english", TRANSLATORS),
}
# Refusals that may come as the form shown again with an error: "Translate page" may offer
# only the languages the user may write, as "Export for translation" does, or be denied.
REFUSED_BY_THE_FORM = {("translate_japanese_page_into_english", TRANSLATORS)}

ACTIONS = {}


def action(function):
    """Register an action under its function's name."""
    ACTIONS[function.__name__] = function
    return function


def role_id(role):
    """A short test id of a role: its English name in lower case."""
    return role.split()[0].lower()


@pytest.fixture
def role_client(request, django_user_model):
    """A test client signed in as a new member of the role's group, or signed out."""
    role = request.param
    client = Client()
    if role != ANONYMOUS:
        # Users made per test: the database is rolled back after each one. No password, so
        # that no hashing is done; force_login needs none.
        user = django_user_model.objects.create_user(role_id(role), f"{role_id(role)}@eu-japan.eu")
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
    return client


@pytest.fixture
def world(request, locales, django_capture_on_commit_callbacks, django_user_model):
    """What the actions work on, made on demand: most actions need a page tree, a few none."""
    return World(request, django_capture_on_commit_callbacks, django_user_model)


class World:
    """The content an action works on, made on demand."""

    def __init__(self, request, capture, django_user_model):
        self.request = request
        self.capture = capture
        self.django_user_model = django_user_model

    @property
    def tree(self):
        """The English site with every section, and the locales (conftest's `site_tree`)."""
        return self.request.getfixturevalue("site_tree")

    def committed(self):
        """Run what waits for the end of the transaction, as after a real request."""
        return self.capture(execute=True)

    def superuser_client(self):
        """A client signed in as a superuser, to read the forms an administrator fills in."""
        user = self.django_user_model.objects.create_superuser("root", "root@eu-japan.eu")
        client = Client()
        client.force_login(user)
        return client

    def application(self):
        """An application received for a live call of the English tree."""
        call = factories.CallPageFactory(
            parent=self.tree.calls, accepts_applications=True, application_email="c@eu-japan.eu"
        )
        call.save_revision().publish()
        return Application.objects.create(
            call=call,
            submitted_at=timezone.now(),
            name="Aino Virtanen",
            role="Cluster manager",
            email="aino@example.eu",
            organisation="Oulu Health",
            country="FI",
            motivation="Health technology.",
            consent="I agree.",
        )

    def news(self, parent=None, **fields):
        """A live news page (in the English news section by default)."""
        page = factories.NewsPageFactory(parent=parent or self.tree.news, **fields)
        page.save_revision().publish()
        return NewsPage.objects.get(pk=page.pk)

    def japanese_news_section(self):
        """The Japanese home (a draft) and news index (live), copied for translation."""
        return publish_translation(self.tree.news, self.tree.ja)

    def translated_news(self):
        """A live English article with a live Japanese translation made in wagtail-localize."""
        self.japanese_news_section()
        english = self.news(title="Mobility call launched", slug="mobility-call")
        source, _created = TranslationSource.get_or_create_from_instance(english)
        translation = Translation.objects.create(source=source, target_locale=self.tree.ja)
        translate_all(english, self.tree.ja, "日本語", self.capture)
        return english, translation


def news_form(title, slug):
    """The admin form of a minimal news page, as the page editor posts it."""
    return nested_form_data(
        {
            "comments": inline_formset([]),
            "related_links": inline_formset([]),
            "title": title,
            "slug": slug,
            "date": "2026-11-20",
            "summary": "The helpdesk opens a new call.",
            "body": streamfield([("paragraph", rich_text("<p>Open.</p>"))]),
        }
    )


def edit(client, page, title, button=None):
    """Post the page editor's form with a new title, pressing a button (none: Save draft)."""
    data = news_form(title, page.slug)
    if button:
        data[button] = button
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def draft_title(page):
    """The title of the page's latest revision (the page itself when it has none)."""
    return Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object().title


def translated(page, locale):
    """Whether the page has a translation into the locale."""
    # wagtail-localize's tree sync puts an alias of each new English page in the Japanese
    # tree: an alias is not a translation (the "Translate" form offers that locale still).
    return Page.objects.filter(
        translation_key=page.translation_key, locale=locale, alias_of__isnull=True
    ).exists()


def live_title(page):
    """The title readers see."""
    return Page.objects.get(pk=page.pk).title


def png():
    """A small PNG image."""
    buffer = io.BytesIO()
    Image.new("RGB", (12, 8), "teal").save(buffer, format="PNG")
    return buffer.getvalue()


# The English tree.


@action
def create_english_news(client, world):
    """Admin → News → Add child page → Save draft."""
    url = reverse("wagtailadmin_pages:add", args=("pages", "newspage", world.tree.news.pk))
    response = client.post(url, news_form("Call opens", "call-opens"))
    return response, NewsPage.objects.filter(slug="call-opens").exists()


@action
def edit_english_page(client, world):
    """Edit a live English article and save a draft."""
    page = world.news(title="Before", slug="before")
    response = edit(client, page, "After")
    return response, draft_title(page) == "After"


@action
def publish_english_news(client, world):
    """Edit a live English article and press Publish."""
    page = world.news(title="Before", slug="before")
    response = edit(client, page, "After", "action-publish")
    return response, live_title(page) == "After"


@action
def unpublish_english_news(client, world):
    """Unpublish a live English article."""
    page = world.news()
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    return response, not Page.objects.get(pk=page.pk).live


@action
def delete_english_news(client, world):
    """Delete a live English article."""
    page = world.news()
    response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    return response, not Page.objects.filter(pk=page.pk).exists()


@action
def move_english_news(client, world):
    """Move a live English article to the news section of a second English site."""
    home = factories.HomePageFactory(parent=Page.get_first_root_node(), slug="archive")
    archive = factories.NewsIndexPageFactory(parent=home, slug="archive-news")
    page = world.news()
    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, archive.pk]))
    return response, Page.objects.get(pk=page.pk).get_parent().pk == archive.pk


# Review.


@action
def submit_news_for_review(client, world):
    """Edit an English article and press "Submit to News and calls review"."""
    page = world.news()
    response = edit(client, page, "For review", "action-submit")
    return response, WorkflowState.objects.filter(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    ).exists()


@action
def approve_review_task(client, world):
    """Approve the first review step of an article an editor submitted."""
    page = world.news()
    page.save_revision()
    submitter = world.django_user_model.objects.create_user("submitter")
    page.get_workflow().start(page, submitter)
    task_state = NewsPage.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    response = client.post(url, {"comment": "Checked."})
    return response, TaskState.objects.get(pk=task_state.pk).status == "approved"


# The Japanese tree and translation.


@action
def edit_japanese_page(client, world):
    """Edit a live page of the Japanese tree (not made in wagtail-localize) and save a draft."""
    page = publish_translation(world.news(), world.tree.ja, title="前", slug="mae")
    response = edit(client, page, "後")
    return response, draft_title(page) == "後"


@action
def publish_japanese_page(client, world):
    """Edit a live news page of the Japanese tree (not a synced translation) and press Publish."""
    page = publish_translation(world.news(), world.tree.ja, title="前", slug="mae")
    response = edit(client, page, "後", "action-publish")
    return response, live_title(page) == "後"


@action
def start_japanese_translation(client, world):
    """Translate page → Japanese, on an English article whose section is translated."""
    world.japanese_news_section()
    page = world.news()
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    with world.committed():
        response = client.post(url, {"locales": [world.tree.ja.pk]})
    return response, translated(page, world.tree.ja)


@action
def translate_japanese_page_into_english(client, world):
    """Translate page → English, on an article written in the Japanese tree first."""
    japanese_news = world.japanese_news_section()
    page = world.news(parent=japanese_news, title="セミナー", slug="seminar", locale=world.tree.ja)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    with world.committed():
        response = client.post(url, {"locales": [world.tree.en.pk]})
    return response, translated(page, world.tree.en)


def publish_in_the_translation_editor(client, world, in_review):
    """Retranslate the title of a live Japanese article and press the translation editor's Publish."""
    english, _translation = world.translated_news()
    japanese = english.get_translation(world.tree.ja).specific
    StringTranslation.objects.filter(
        locale=world.tree.ja, translation_of__data=english.title
    ).update(data="改訂版")
    if in_review:
        japanese.save_revision()
        submitter = world.django_user_model.objects.create_user("submitter")
        japanese.get_workflow().start(japanese, submitter)
    url = reverse("wagtailadmin_pages:edit", args=[japanese.pk])
    with world.committed():
        response = client.post(url, {"action": "publish"})
    return response, live_title(japanese) == "改訂版"


@action
def publish_in_translation_editor(client, world):
    """The translation editor's Publish on a live Japanese article."""
    return publish_in_the_translation_editor(client, world, in_review=False)


@action
def publish_reviewed_translation_in_translation_editor(client, world):
    """The translation editor's Publish on a live Japanese article waiting for its first review."""
    return publish_in_the_translation_editor(client, world, in_review=True)


# A date the sync brings over; any date unlike the factories' will do (no clock involved).
SYNCED_DATE = datetime.date(2019, 9, 15)


@action
def sync_and_publish_translations(client, world):
    """Sync translated pages, with "Publish immediately", after the English date changed."""
    english, translation = world.translated_news()
    # Saved without a publish: publishing the source would sync its live translations itself.
    english.date = SYNCED_DATE
    english.save()
    url = reverse("safe_update_translations", args=[translation.source.pk])
    with world.committed():
        response = client.post(url, {"publish_translations": "on"})
    japanese = english.get_translation(world.tree.ja).specific
    return response, japanese.date == SYNCED_DATE


@action
def sync_japanese_page_into_english(client, world):
    """Sync translated pages, with "Publish immediately", on a page written in Japanese first."""
    japanese_news = world.japanese_news_section()
    japanese = world.news(
        parent=japanese_news, title="セミナー", slug="seminar", locale=world.tree.ja
    )
    source, _created = TranslationSource.get_or_create_from_instance(japanese)
    Translation.objects.create(source=source, target_locale=world.tree.en)
    translate_all(japanese, world.tree.en, "Seminar", world.capture)
    japanese.date = SYNCED_DATE
    japanese.save()
    url = reverse("safe_update_translations", args=[source.pk])
    with world.committed():
        response = client.post(url, {"publish_translations": "on"})
    # Any change counts, a draft revision included: the next publish would put it online.
    english = japanese.get_translation(world.tree.en).specific
    return response, english.get_latest_revision_as_object().date == SYNCED_DATE


@action
def export_for_translation(client, world):
    """Export for translation → Japanese: starts the draft translation it exports."""
    world.japanese_news_section()
    page = world.news()
    url = reverse("export_for_translation", args=[page.pk])
    with world.committed():
        response = client.post(url, {"locale": world.tree.ja.pk})
    return response, translated(page, world.tree.ja)


@action
def import_translations(client, world):
    """Reports → Import translations, with an agency's file for a draft translation."""
    world.japanese_news_section()
    page = world.news(title="Save the date", slug="save-the-date")
    with world.committed():
        po = export_section(page, world.tree.ja, include_subpages=False).po
    for entry in po:
        entry.msgstr = "日付を空けて" if entry.msgid == "Save the date" else ""
    upload = SimpleUploadedFile("news-ja.po", str(po).encode(), "text/x-gettext-translation")
    with world.committed():
        response = client.post(reverse("import_translations"), {"file": upload})
    return response, draft_title(page.get_translation(world.tree.ja)) == "日付を空けて"


# Reference data, settings, images.


@action
def edit_sector(client, world):
    """Reference data → Sectors → edit a sector's name."""
    sector = factories.SectorFactory(name="Health", slug="health")
    url = reverse("wagtailsnippets_pages_sector:edit", args=[sector.pk])
    data = {"name": "Life sciences", "slug": "health", "ecosystem": "health", "description": ""}
    response = client.post(url, data)
    return response, Sector.objects.get(pk=sector.pk).name == "Life sciences"


@action
def edit_helpdesk_settings(client, world):
    """Settings → Helpdesk settings → change the contact address."""
    settings = HelpdeskSettings.load()
    url = reverse("wagtailsettings:edit", args=("pages", "helpdesksettings", settings.pk))
    response = client.post(url, {"contact_email": "new@eu-japan.eu"})
    return response, HelpdeskSettings.objects.get().contact_email == "new@eu-japan.eu"


@action
def upload_image(client, world):
    """Images → Add an image."""
    data = {
        "title": "Osaka",
        "file": SimpleUploadedFile("osaka.png", png()),
        "collection": Collection.get_first_root_node().pk,
    }
    response = client.post(reverse("wagtailimages:add"), data)
    return response, get_image_model().objects.filter(title="Osaka").exists()


# Administration.


@action
def create_webhook_endpoint(client, world):
    """Settings → Webhooks → Add."""
    data = {
        "name": "ECCP site",
        "url": "https://hooks.example.org/ejrc",
        "send_published": "on",
        "is_active": "on",
        "secret": "s3cret",
    }
    response = client.post(reverse("webhook_endpoints:add"), data)
    return response, WebhookEndpoint.objects.filter(name="ECCP site").exists()


@action
def create_user(client, world):
    """Settings → Users → Add a user."""
    data = {
        "username": "newcomer",
        "email": "newcomer@eu-japan.eu",
        "first_name": "New",
        "last_name": "Comer",
        "password1": "a long enough passphrase 81",
        "password2": "a long enough passphrase 81",
    }
    response = client.post(reverse("wagtailusers_users:add"), data)
    return response, world.django_user_model.objects.filter(username="newcomer").exists()


@action
def edit_group(client, world):
    """Settings → Groups → Editors: rename, keeping every permission as the form shows it."""
    group = Group.objects.get(name=EDITORS)
    before = grants(group)
    url = reverse("wagtailusers_groups:edit", args=[group.pk])
    data = form_fields(world.superuser_client(), url)
    data["name"] = ["Writers"]
    response = client.post(url, data)
    # The form posted back unchanged keeps every grant: only the name may change.
    assert grants(group) == before
    return response, Group.objects.get(pk=group.pk).name == "Writers"


@action
def review_application(client, world):
    """Applications → an application → shortlist it."""
    application = world.application()
    url = reverse("applications:edit", args=[application.pk])
    response = client.post(url, {"status": "shortlisted", "note": ""})
    application.refresh_from_db()
    return response, application.status == "shortlisted"


@action
def download_applicant_data(client, world):
    """Applications → an applicant's data → download it."""
    application = world.application()
    url = reverse("applications:applicant")
    response = client.get(url, {"email": application.email, "format": "json"})
    return response, response.status_code == 200 and b"Aino Virtanen" in response.content


def grants(group):
    """Every model, page and collection permission of a group."""
    return (
        set(group.permissions.values_list("pk", flat=True)),
        set(GroupPagePermission.objects.filter(group=group).values_list("page", "permission")),
        set(
            GroupCollectionPermission.objects.filter(group=group).values_list(
                "collection", "permission"
            )
        ),
    )


def answer(response):
    """How the admin answered: "login", "denied", "form error", or "saved" (no error)."""
    if response.status_code == 403:
        return "denied"
    form = (response.context or {}).get("form") if response.status_code == 200 else None
    if form is not None and form.errors:
        return "form error"
    if response.status_code != 302:
        return f"status {response.status_code}"
    if response["Location"].startswith(reverse("wagtailadmin_login")):
        return "login"
    errors = [m for m in get_messages(response.wsgi_request) if m.level == ERROR]
    return "denied" if errors else "saved"


def expected_refusals(role, action_name):
    """The answers a refused request may get."""
    if role == ANONYMOUS:
        return {"login"}
    if (action_name, role) in REFUSED_WITHOUT_ERROR:
        return {"saved"}
    if (action_name, role) in REFUSED_BY_THE_FORM:
        return {"denied", "form error"}
    return {"denied"}


def test_the_matrix_covers_every_role_and_action():
    """The roles are the groups roles.py creates, and every action has expectations."""
    assert set(Group.objects.values_list("name", flat=True)) == set(STAFF_ROLES)
    assert list(ACTIONS) == list(MAY)


@pytest.mark.parametrize("action_name", list(MAY))
@pytest.mark.parametrize("role_client", ROLES, ids=role_id, indirect=True)
def test_each_role_may_do_exactly_what_the_matrix_says(role_client, action_name, world, request):
    """The action changes the content exactly when the role may perform it."""
    role = request.node.callspec.params["role_client"]
    response, changed = ACTIONS[action_name](role_client, world)
    allowed = role in MAY[action_name]
    assert changed is allowed
    if not allowed:
        assert answer(response) in expected_refusals(role, action_name)
