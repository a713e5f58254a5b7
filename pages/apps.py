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
        from . import generation, registry, search, translation_sync  # noqa: F401

        # Live translations are rebuilt by merging, never with the source's text.
        translation_sync.route_live_translations()

        post_migrate.connect(search.rebuild_if_empty, sender=self)
