from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Helpdesk content"

    def ready(self):
        # generation: committed changes move the content generation that caches key entries by.
        # translation_sync: publishing a source page brings its synchronised fields to its live
        # translations. registry: the home page's subpage types are derived from the kinds.
        from . import generation, registry, translation_sync  # noqa: F401

        # Live translations are rebuilt by merging, never with the source's text.
        translation_sync.route_live_translations()
