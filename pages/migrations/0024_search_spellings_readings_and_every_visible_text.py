"""Search compares katakana variants, abbreviations and prefectures' names written one way,
indexes prefectures' readings, and indexes every visible text of every page type.

The index holds texts normalised the old way and lacks what pages now add to it (a call's
body, an event's days, ...): it is emptied; the `post_migrate` handler
(pages.search.rebuild_if_empty) builds it again.
"""

from django.db import migrations


def empty_the_index(apps, schema_editor):
    for table in ("pages_searchterm", "pages_searchdocument"):
        schema_editor.execute(f"DELETE FROM {table}")


class Migration(migrations.Migration):
    dependencies = [("pages", "0023_slugs_are_synchronised")]

    operations = [migrations.RunPython(empty_the_index, migrations.RunPython.noop)]
