"""`manage.py backup TARGET`: the database and the media, into a directory or a bucket."""

from django.core.management.base import BaseCommand, CommandError

from cms.backups import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database and every media file into TARGET (a directory or s3://bucket/prefix)."
    )

    def add_arguments(self, parser):
        parser.add_argument("target", help="A directory, or s3://bucket/prefix.")

    def handle(self, target, **options):
        try:
            location = backup(target)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(location)
