"""Search index format 2: sectors on the document, partners' names as terms, a covering index.

The index is emptied; the `post_migrate` handler (pages.search.rebuild_if_empty) builds it again.
"""

from django.db import migrations, models


def empty_the_index(apps, schema_editor):
    # Two statements, not a cascade that would load and signal every term.
    for model in ("SearchTerm", "SearchDocument"):
        schema_editor.execute(f"DELETE FROM {apps.get_model('pages', model)._meta.db_table}")


def tune_for_postgresql(apps, schema_editor):
    """What only PostgreSQL has: an index-only read of the facets, and finer term statistics.

    The statistics let the planner tell a rare term (a place name, read through the index)
    from a common one (hashed against the visible pages).
    """
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX pages_searchdocument_facets ON pages_searchdocument (page_id) "
        "INCLUDE (content_type_id, sectors)"
    )
    schema_editor.execute("ALTER TABLE pages_searchterm ALTER COLUMN term SET STATISTICS 2000")


def untune(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX pages_searchdocument_facets")
    schema_editor.execute("ALTER TABLE pages_searchterm ALTER COLUMN term SET STATISTICS -1")


class Migration(migrations.Migration):
    dependencies = [("pages", "0016_search_index")]

    operations = [
        migrations.RunPython(empty_the_index, migrations.RunPython.noop),
        migrations.RemoveConstraint(model_name="searchterm", name="pages_searchterm_unique"),
        migrations.AddField(
            model_name="searchdocument",
            name="sectors",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.AddIndex(
            model_name="searchterm",
            index=models.Index(
                fields=["term", "document", "weight"], name="pages_searchterm_covering"
            ),
        ),
        migrations.RunPython(tune_for_postgresql, untune),
    ]
