"""The search index's models move from `pages` to this app; their tables stay as they are."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MODELS = ["searchfacet", "searchdocument", "searchterm"]


def move_content_types(from_label, to_label):
    """Relabel the models' content types, so that their permissions follow them."""

    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        if not ContentType.objects.filter(app_label=to_label, model__in=MODELS).exists():
            ContentType.objects.filter(app_label=from_label, model__in=MODELS).update(
                app_label=to_label
            )

    return move


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        # The tables were created, and last changed, by the content model's migrations.
        ("pages", "0028_only_translators_translate"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SearchFacet",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
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
                        "db_table": "pages_searchfacet",
                    },
                ),
                migrations.CreateModel(
                    name="SearchDocument",
                    fields=[
                        (
                            "page",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                primary_key=True,
                                related_name="+",
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        ("title", models.TextField()),
                        ("text", models.TextField()),
                        ("normalised", models.TextField()),
                        (
                            "locale",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="wagtailcore.locale",
                            ),
                        ),
                        (
                            "facet",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="search.searchfacet",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "search document",
                        "verbose_name_plural": "search documents",
                        "db_table": "pages_searchdocument",
                    },
                ),
                migrations.CreateModel(
                    name="SearchTerm",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("term", models.CharField(max_length=64)),
                        ("weight", models.PositiveSmallIntegerField()),
                        (
                            "document",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="terms",
                                to="search.searchdocument",
                            ),
                        ),
                        (
                            "facet",
                            models.ForeignKey(
                                db_constraint=False,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="search.searchfacet",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "search term",
                        "verbose_name_plural": "search terms",
                        "db_table": "pages_searchterm",
                    },
                ),
                migrations.AddConstraint(
                    model_name="searchfacet",
                    constraint=models.UniqueConstraint(
                        fields=("content_type", "sectors"), name="pages_searchfacet_unique"
                    ),
                ),
                migrations.AddIndex(
                    model_name="searchterm",
                    index=models.Index(
                        fields=["term", "document", "weight", "facet"],
                        name="pages_searchterm_covering",
                    ),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            move_content_types("pages", "search"), move_content_types("search", "pages")
        ),
    ]
