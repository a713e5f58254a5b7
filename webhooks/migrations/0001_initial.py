# The models moved here from `pages` (pages 0005 renamed their tables): state only, and the
# content types (and with them the permissions granted on them) follow the models.

import django.db.models.deletion
import uuid
import webhooks.models
from django.db import migrations, models


MODELS = ['webhookendpoint', 'webhookdelivery']


def relabel_content_types(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="pages", model__in=MODELS).update(app_label="webhooks")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('pages', '0005_move_previews_and_webhooks_out'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.RunPython(relabel_content_types, migrations.RunPython.noop),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='WebhookEndpoint',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(help_text="Who receives it, e.g. 'ECCP site'.", max_length=100)),
                        ('url', models.URLField(help_text='HTTPS address that receives the POST requests.')),
                        ('secret', models.CharField(default=webhooks.models.new_secret, help_text='Shared secret the receiver uses to check the X-EJRC-Signature header (HMAC-SHA256). Change it to revoke the old one.', max_length=100)),
                        ('send_published', models.BooleanField(default=True, help_text='When a page is published.')),
                        ('send_unpublished', models.BooleanField(default=True, help_text='When a page is unpublished.')),
                        ('send_deleted', models.BooleanField(default=True, help_text='When a page is deleted.')),
                        ('send_translation_published', models.BooleanField(default=True, help_text='When a translation of a page is published.')),
                        ('is_active', models.BooleanField(default=True, help_text='Pause deliveries without deleting.')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('page_types', models.ManyToManyField(blank=True, help_text='Only changes to these page types are sent; none chosen means all.', limit_choices_to=webhooks.models.page_content_types, related_name='+', to='contenttypes.contenttype')),
                    ],
                    options={
                        'verbose_name': 'webhook endpoint',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name='WebhookDelivery',
                    fields=[
                        ('id', models.UUIDField(default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                        ('event', models.CharField(choices=[('page.published', 'Page published'), ('page.unpublished', 'Page unpublished'), ('page.deleted', 'Page deleted'), ('translation.published', 'Translation published')], max_length=30)),
                        ('payload', models.JSONField()),
                        ('status', models.CharField(choices=[('pending', 'Pending'), ('retrying', 'Retrying'), ('delivered', 'Delivered'), ('failed', 'Failed')], default='pending', max_length=10)),
                        ('attempts', models.PositiveSmallIntegerField(default=0)),
                        ('response_status', models.PositiveSmallIntegerField(blank=True, null=True)),
                        ('error', models.TextField(blank=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True, db_index=True)),
                        ('last_attempt_at', models.DateTimeField(blank=True, null=True)),
                        ('next_attempt_at', models.DateTimeField(blank=True, null=True)),
                        ('endpoint', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='deliveries', to='webhooks.webhookendpoint')),
                    ],
                    options={
                        'verbose_name': 'webhook delivery',
                        'verbose_name_plural': 'webhook deliveries',
                        'ordering': ['-created_at'],
                    },
                ),
            ],
        ),
    ]
