"""Search terms carry their document's facet, and Japanese is indexed in sequences of 1 to 4.

A query counted its results by page type and sector by reading each matching document: most of
the time of a common word. Facets (a page type and its sectors) are now a small table, and each
term row holds its document's facet, so the term index alone gives the counts. Japanese words
of up to four characters became terms, so that a common word is one term and needs no check
in the text.

The index is emptied; the `post_migrate` handler (pages.search.rebuild_if_empty) builds it
again in the new form.
"""

import django.db.models.deletion
from django.db import migrations, models


def empty_the_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # Deleted rows would leave deferred foreign key checks that forbid the ALTERs below.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    for table in ("pages_searchterm", "pages_searchdocument"):
        schema_editor.execute(f"DELETE FROM {table}")


# Migration 0017's index-only read of the facets, on PostgreSQL: its columns leave the document.
FACETS_INDEX = "pages_searchdocument_facets"


def drop_the_facets_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {FACETS_INDEX}")


def restore_the_facets_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX {FACETS_INDEX} ON pages_searchdocument (page_id) "
            "INCLUDE (content_type_id, sectors)"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("pages", "0021_search_text_kept_in_the_row"),
    ]

    operations = [
        migrations.RunPython(empty_the_index, migrations.RunPython.noop),
        migrations.RunPython(drop_the_facets_index, restore_the_facets_index),
        migrations.CreateModel(
            name="SearchFacet",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sectors", models.TextField(blank=True, default="")),
                (
                    "content_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="contenttypes.contenttype",
                    ),
                ),
            ],
            options={
                "verbose_name": "search facet",
                "verbose_name_plural": "search facets",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("content_type", "sectors"), name="pages_searchfacet_unique"
                    )
                ],
            },
        ),
        migrations.RemoveField(model_name="searchdocument", name="content_type"),
        migrations.RemoveField(model_name="searchdocument", name="sectors"),
        migrations.AddField(
            model_name="searchdocument",
            name="facet",
            field=models.ForeignKey(
                default=0,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="pages.searchfacet",
            ),
            preserve_default=False,
        ),
        migrations.RemoveIndex(model_name="searchterm", name="pages_searchterm_covering"),
        migrations.AddField(
            model_name="searchterm",
            name="facet",
            field=models.ForeignKey(
                db_constraint=False,
                default=0,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="pages.searchfacet",
            ),
            preserve_default=False,
        ),
        migrations.AddIndex(
            model_name="searchterm",
            index=models.Index(
                fields=["term", "document", "weight", "facet"], name="pages_searchterm_covering"
            ),
        ),
        # Going back, the index is emptied before the old columns return.
        migrations.RunPython(migrations.RunPython.noop, empty_the_index),
    ]
