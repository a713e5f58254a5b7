"""Load NUTS 2024 levels 1-2 and the 47 prefectures of Japan (© European Union, Eurostat for NUTS)."""

import csv
from pathlib import Path

from django.db import migrations

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def load_regions(apps, schema_editor):
    Region = apps.get_model("pages", "Region")
    regions = []
    with (DATA_DIR / "nuts2024.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["level"] in {"1", "2"}:
                regions.append(
                    Region(
                        code=row["code"],
                        kind="nuts",
                        level=int(row["level"]),
                        country=row["country"],
                        name=row["name_latin"],
                        name_national=row["name_national"],
                    )
                )
    with (DATA_DIR / "jp_prefectures.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            regions.append(
                Region(
                    code=row["code"],
                    kind="prefecture",
                    level=None,
                    country="JP",
                    name=row["name_en"],
                    name_national=row["name_ja"],
                    block_en=row["region_en"],
                    block_ja=row["region_ja"],
                )
            )
    Region.objects.bulk_create(regions, ignore_conflicts=True)


def unload_regions(apps, schema_editor):
    apps.get_model("pages", "Region").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("pages", "0001_initial")]

    operations = [migrations.RunPython(load_regions, unload_regions)]
