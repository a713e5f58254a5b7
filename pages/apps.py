from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Helpdesk content"

    def ready(self):
        # generation: committed changes move the content generation that caches key entries by.
        # translation_sync: publishing a source page brings its synchronised fields to its live
        # translations. search: publishing and unpublishing keep the search index current.
        # registry: the home page's subpage types are derived from the registered kinds.
        from . import generation, registry, roles, search, translation_sync  # noqa: F401

        # Live translations are rebuilt by merging, never with the source's text.
        translation_sync.route_live_translations()

        # The translation editor's comments date strings as the editor's language does.
        from .admin_language import write_dates_in_the_editors_language

        write_dates_in_the_editors_language()

        # The admin's CSV exports write text that would run as a formula as text.
        from .spreadsheet_exports import export_formulas_as_text

        export_formulas_as_text()

        # roles: new news and calls indexes are reviewed, a new Japanese home opens to translators.
        roles.connect()
        post_migrate.connect(search.rebuild_if_empty, sender=self)
