"""The search index's models leave the content model for the search app; tables stay."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0028_only_translators_translate"),
        # The search app takes the models over before they leave this app's state.
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="SearchTerm"),
                migrations.DeleteModel(name="SearchDocument"),
                migrations.DeleteModel(name="SearchFacet"),
            ],
            database_operations=[],
        ),
    ]
