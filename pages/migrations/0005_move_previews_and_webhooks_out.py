# Preview grants and webhooks moved to apps of their own (`previews`, `webhooks`): the tables
# keep their rows and take the new apps' names; the models leave this app's state.

from django.db import migrations

MOVED = {
    "previewgrant": "previews_previewgrant",
    "previewtarget": "previews_previewtarget",
    "webhookdelivery": "webhooks_webhookdelivery",
    "webhookendpoint": "webhooks_webhookendpoint",
}


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_preview"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # Renaming a table renames its many-to-many tables with it.
            database_operations=[
                migrations.AlterModelTable(name=name, table=table) for name, table in MOVED.items()
            ],
            state_operations=[
                migrations.DeleteModel(name="PreviewGrant"),
                migrations.DeleteModel(name="PreviewTarget"),
                migrations.RemoveField(model_name="webhookdelivery", name="endpoint"),
                migrations.DeleteModel(name="WebhookDelivery"),
                migrations.DeleteModel(name="WebhookEndpoint"),
            ],
        ),
    ]
