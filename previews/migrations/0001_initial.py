# The models moved here from `pages` (pages 0005 renamed their tables): state only, and the
# content types (and with them the permissions granted on them) follow the models.

import django.core.serializers.json
import django.db.models.deletion
import uuid
from django.conf import settings
from django.db import migrations, models


MODELS = ['previewgrant', 'previewtarget']


def relabel_content_types(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="pages", model__in=MODELS).update(app_label="previews")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('pages', '0005_move_previews_and_webhooks_out'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.RunPython(relabel_content_types, migrations.RunPython.noop),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='PreviewGrant',
                    fields=[
                        ('id', models.UUIDField(default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                        ('content', models.JSONField(encoder=django.core.serializers.json.DjangoJSONEncoder)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('expires_at', models.DateTimeField(db_index=True)),
                        ('revoked_at', models.DateTimeField(blank=True, null=True)),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='contenttypes.contenttype')),
                        ('page', models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('revision', models.ForeignKey(help_text='The saved revision the draft was based on, if any.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.revision')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'preview grant',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='PreviewTarget',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('url_template', models.URLField(help_text='Front-end preview address with {token} where the preview token goes, e.g. https://helpdesk.example.org/ja/preview?token={token}. It may also use {path}.', max_length=500)),
                        ('locale', models.ForeignKey(help_text='The language of the drafts.', on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.locale')),
                        ('site', models.ForeignKey(help_text='The site whose drafts this front-end shows.', on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site')),
                    ],
                    options={
                        'verbose_name': 'front-end preview target',
                        'constraints': [models.UniqueConstraint(fields=('site', 'locale'), name='one_preview_target_per_site')],
                    },
                ),
            ],
        ),
    ]
