"""Empty the search index: its documents now hold partners' names and a page term.

The `post_migrate` handler (pages.search.rebuild_if_empty) builds it again from the live pages.
"""

from django.db import migrations


def empty_the_index(apps, schema_editor):
    apps.get_model("pages", "SearchDocument").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("pages", "0016_search_index")]

    operations = [migrations.RunPython(empty_the_index, migrations.RunPython.noop)]
