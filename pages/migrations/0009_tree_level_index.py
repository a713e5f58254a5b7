from django.db import migrations

# Children of a page are found by depth and path prefix (treebeard's `child_of`): the section
# indexes of a home page, an index's items. Wagtail indexes the path alone, so such a lookup
# reads every descendant; with depth first it reads only the children. Plain SQL, because the
# table belongs to Wagtail's app.
TREE_LEVEL_INDEX = "pages_page_depth_path_idx"


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0008_content_generation"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {TREE_LEVEL_INDEX} ON wagtailcore_page (depth, path)",
            f"DROP INDEX IF EXISTS {TREE_LEVEL_INDEX}",
        ),
    ]
