"""PostgreSQL keeps a search document's normalised text in its row, compressed with lz4.

A query checks a Japanese word of three characters or more against the normalised text of
every page holding its pairs: thousands of pages for a common word. Moved out of the row
(TOAST) and compressed with pglz, fetching and decompressing the text was most of such a query;
in the row and with lz4 the check takes about half the time.

The index is emptied, so that no row is left in the old form or as a dead copy; the
`post_migrate` handler (pages.search.rebuild_if_empty) builds it again.
"""

from django.db import migrations

TABLE = "pages_searchdocument"


def keep_in_the_row(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN normalised SET STORAGE MAIN")
    # lz4 is a build option of PostgreSQL (14 and later); without it the text stays pglz.
    schema_editor.execute(
        "DO $$ BEGIN "
        f"ALTER TABLE {TABLE} ALTER COLUMN normalised SET COMPRESSION lz4; "
        "EXCEPTION WHEN feature_not_supported THEN NULL; END $$"
    )
    # A value takes the new storage only when it is written: the index is written anew.
    for table in ("pages_searchterm", TABLE):
        schema_editor.execute(f"DELETE FROM {table}")


def move_out_of_the_row(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN normalised SET STORAGE EXTENDED")
    schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN normalised SET COMPRESSION DEFAULT")


class Migration(migrations.Migration):
    dependencies = [("pages", "0020_interpretation_arrow")]

    operations = [migrations.RunPython(keep_in_the_row, move_out_of_the_row)]
