from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Site search"

    def ready(self):
        # Publishing and unpublishing keep the index current (the receivers of indexing).
        from . import indexing

        # After the content's migrations, an empty index (a new or restored database) is filled.
        post_migrate.connect(indexing.rebuild_if_empty, sender=self)
