"""Partner pages get a reading of their Japanese name and a sort key for lists."""

from django.db import migrations, models

from pages.models.partners import sort_key


def fill_sort_keys(apps, schema_editor):
    PartnerPage = apps.get_model("pages", "PartnerPage")
    pages = list(PartnerPage.objects.select_related("locale"))
    for page in pages:
        page.sort_key = sort_key(page.title, page.name_reading, page.locale.language_code)
    PartnerPage.objects.bulk_update(pages, ["sort_key"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0024_search_spellings_readings_and_every_visible_text"),
    ]

    operations = [
        migrations.AddField(
            model_name="partnerpage",
            name="name_reading",
            field=models.CharField(
                blank=True,
                help_text=(
                    "The Japanese name in hiragana, without the legal form "
                    "(じちたいこくさいかきょうかい for 一般財団法人自治体国際化協会), so that "
                    "Japanese lists sort it in kana order. Not needed for names written in kana "
                    "or Latin letters."
                ),
                max_length=255,
                verbose_name="reading of the Japanese name",
            ),
        ),
        migrations.AddField(
            model_name="partnerpage",
            name="sort_key",
            field=models.CharField(
                db_index=True,
                default="",
                editable=False,
                max_length=255,
                verbose_name="sort key",
            ),
        ),
        migrations.RunPython(fill_sort_keys, migrations.RunPython.noop),
    ]
