"""Point the lead images and logos at the project's image model, once the images are in it."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0013_move_images"),
    ]

    operations = [
        migrations.AlterField(
            model_name="newspage",
            name="image",
            field=models.ForeignKey(
                blank=True,
                help_text="Lead image; give it alt text in the image library.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="pages.libraryimage",
                verbose_name="image",
            ),
        ),
        migrations.AlterField(
            model_name="partnerpage",
            name="logo",
            field=models.ForeignKey(
                blank=True,
                help_text="Logo with a transparent or white background; its alt text names the partner.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="pages.libraryimage",
                verbose_name="logo",
            ),
        ),
    ]
