"""European regions get their Japanese names, from pages/data/nuts2024_ja.csv."""

import csv
from pathlib import Path

from django.db import migrations, models

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def name_regions_in_japanese(apps, schema_editor):
    Region = apps.get_model("pages", "Region")
    with (DATA_DIR / "nuts2024_ja.csv").open(encoding="utf-8") as handle:
        names = {row["code"]: row["name_ja"] for row in csv.DictReader(handle)}
    regions = list(Region.objects.filter(kind="nuts", code__in=names, name_ja=""))
    for region in regions:
        region.name_ja = names[region.code]
    Region.objects.bulk_update(regions, ["name_ja"])


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0025_partner_names_sort_in_kana_order"),
    ]

    operations = [
        migrations.AddField(
            model_name="region",
            name="name_ja",
            field=models.CharField(
                blank=True,
                help_text="Name of a European region as Japanese readers know it (バイエルン州); prefectures use their national name.",
                max_length=200,
                verbose_name="Japanese name",
            ),
        ),
        migrations.AlterField(
            model_name="partnerpage",
            name="official_name",
            field=models.CharField(
                help_text="Legal name in the body's own language, the same on every language's page: a Japanese body's is its Japanese name (一般財団法人自治体国際化協会). The title is the display name.",
                max_length=255,
                verbose_name="official name",
            ),
        ),
        migrations.RunPython(name_regions_in_japanese, migrations.RunPython.noop),
    ]
