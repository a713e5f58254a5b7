"""Load the demo content: create what is missing, leave what exists untouched."""

import secrets
from collections import Counter

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from pages import models
from pages.models.base import SectionIndexPage
from pages.registry import INDEX_KINDS
from pages.translation import translate_instance

from . import applications, content, japanese, kinds


class DemoLoader:
    """Creates the demo content in English, then its Japanese translation."""

    def __init__(self):
        self.created = Counter()
        self.present = Counter()
        # Changes to what Wagtail set up itself, reported separately from the counts.
        self.changes = []
        self.strings = japanese.strings()
        # What the load created or found, in its order: a snippet or page comes after what it
        # relates to, so translating in this order finds every parent and relation translated.
        self.snippets = []
        self.pages = []
        # The pages each kind module loaded, by its name and then by key.
        self.loaded = {}
        # The call is open around this moment, and its applications were sent before it.
        self.now = timezone.now()

    def count(self, label, created):
        """Count an item as created, or as already present."""
        (self.created if created else self.present)[label] += 1

    @transaction.atomic
    def run(self):
        """Load everything; return the counters (created, already present) and other changes."""
        self.en, _ = Locale.objects.get_or_create(language_code="en")
        self.ja, created = Locale.objects.get_or_create(language_code="ja")
        self.count("locales", created)
        self.load_settings()
        self.load_users()
        self.load_snippets()
        kind_modules = kinds.in_load_order()
        self.load_tree(kind_modules)
        for module in kind_modules:
            self.loaded[module.__name__.rpartition(".")[2]] = module.load(self)
        self.load_information_pages()
        self.load_help_steps()
        self.translate_all()
        # Applications name the call and partners in their language: after the translations.
        applications.load(self)
        return self.created, self.present, self.changes

    # Settings and snippets

    def load_settings(self):
        created = not models.HelpdeskSettings.objects.exists()
        helpdesk = models.HelpdeskSettings.load()
        # Only blank values are filled in, so an editor's own settings survive a reload.
        missing = {
            field: value
            for field, value in content.HELPDESK_SETTINGS.items()
            if getattr(helpdesk, field) != value and (created or not getattr(helpdesk, field))
        }
        if missing:
            for field, value in missing.items():
                setattr(helpdesk, field, value)
            helpdesk.save()
        self.count("settings", created or bool(missing))

    def load_users(self):
        """An account per editorial role; a new one's password is printed once, like the admin's."""
        User = get_user_model()
        for username, group_name, language, first_name, last_name in content.DEMO_USERS:
            user = User.objects.filter(username=username).first()
            if user is not None:
                # Accounts of earlier loads had no names: the account form refused to save.
                if not (user.first_name or user.last_name):
                    user.first_name, user.last_name = first_name, last_name
                    user.save(update_fields=["first_name", "last_name"])
                self.count("users", False)
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username,
                f"{username}@localhost",
                password,
                first_name=first_name,
                last_name=last_name,
            )
            user.groups.add(Group.objects.get(name=group_name))
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
            self.count("users", True)
            self.changes.append(
                f"Log in as '{username}' ({group_name}) with password '{password}'."
            )

    def load_snippets(self):
        self.sectors = {}
        for slug, name, ecosystem, description in content.SECTORS:
            sector, created = models.Sector.objects.get_or_create(
                locale=self.en,
                slug=slug,
                defaults={"name": name, "ecosystem": ecosystem, "description": description},
            )
            self.sectors[slug] = sector
            self.snippets.append(sector)
            self.count("sectors", created)

        self.series, created = models.WebinarSeries.objects.get_or_create(
            locale=self.en,
            slug=content.SERIES["slug"],
            defaults={
                "name": content.SERIES["name"],
                "description": content.SERIES["description"],
            },
        )
        self.snippets.append(self.series)
        self.count("webinar series", created)

        self.offices = []
        for data in content.OFFICES:
            office, created = models.Office.objects.get_or_create(
                locale=self.en,
                name=data["name"],
                defaults={key: value for key, value in data.items() if key != "name"},
            )
            self.offices.append(office)
            self.snippets.append(office)
            self.count("offices", created)

    # Pages

    def child(self, parent, model, slug, build):
        """The child page of that slug, or a new published one built by `build()`."""
        label = "section indexes" if issubclass(model, SectionIndexPage) else None
        label = label or str(model._meta.verbose_name_plural)
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            self.count(label, False)
            page = existing.specific
        else:
            page = build()
            page.slug = slug
            parent.add_child(instance=page)
            page.save_revision().publish()
            page.refresh_from_db()
            self.count(label, True)
        self.pages.append(page)
        return page

    def load_tree(self, kind_modules):
        root = Page.get_first_root_node()
        self.home = self.child(
            root,
            models.HomePage,
            content.HOME["slug"],
            lambda: models.HomePage(
                title=content.HOME["title"],
                tagline=content.HOME["tagline"],
                intro=content.HOME["intro"],
                locale=self.en,
            ),
        )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                site_name=content.SITE_NAME,
                root_page=self.home,
                is_default_site=True,
            )
            self.changes.append("Created the default site, serving the English home page.")
        elif site.root_page_id != self.home.pk:
            site.root_page = self.home
            site.save()
            self.changes.append("The default site now serves the English home page.")
        if site is not None and not site.site_name:
            site.site_name = content.SITE_NAME
            site.save(update_fields=["site_name"])
        self._remove_welcome_page(root)

        # The sections in the registry's order, which is the order of the site's menu.
        by_index = {kinds.index_kind(module): module for module in kind_modules}
        self.indexes = {}
        for index in [index for index in INDEX_KINDS if index in by_index]:
            module = by_index[index]
            self.indexes[module.KIND] = self.child(
                self.home,
                index.model,
                module.INDEX["slug"],
                lambda model=index.model, data=module.INDEX: model(
                    title=data["title"], intro=data["intro"], locale=self.en
                ),
            )

    def index_of(self, kind_name):
        """The English section index that lists the kind of that registry name."""
        return self.indexes[kind_name]

    def _remove_welcome_page(self, root):
        """Delete Wagtail's placeholder 'Welcome' page once nothing points at it."""
        plain_page = ContentType.objects.get_for_model(Page)
        placeholders = root.get_children().filter(content_type=plain_page, slug="home", numchild=0)
        for page in placeholders:
            if not Site.objects.filter(root_page=page).exists():
                page.delete()
                self.changes.append("Deleted Wagtail's placeholder 'Welcome' page.")

    def load_information_pages(self):
        self.information = {}
        for data in content.INFORMATION_PAGES:
            self.information[data["slug"]] = self.child(
                self.home,
                models.InformationPage,
                data["slug"],
                lambda data=data: models.InformationPage(
                    title=data["title"],
                    summary=data["summary"],
                    body=[("paragraph", f"<p>{text}</p>") for text in data["paragraphs"]],
                    show_in_menus=data["show_in_menus"],
                    show_offices=data["show_offices"],
                    locale=self.en,
                ),
            )

    def load_help_steps(self):
        """The home page's ways the helpdesk helps, once the pages they lead to exist."""
        if self.home.help_steps:
            return
        targets = {**self.indexes, **self.information}
        self.home.help_steps = [
            (
                "step",
                {"heading": step["heading"], "text": step["text"], "page": targets[step["page"]]},
            )
            for step in content.HOME["help_steps"]
        ]
        self.home.save_revision().publish()
        self.changes.append("The home page shows how the helpdesk helps.")

    # Japanese

    def translate_all(self):
        """Snippets first, then the pages in the order they were loaded."""
        for instance in [*self.snippets, *self.pages]:
            _, created = translate_instance(instance, self.ja, self.strings)
            self.count("Japanese translations", created)
