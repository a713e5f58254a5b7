"""`manage.py restore SOURCE`: replace the database and the media with a backup's."""

from django.core.management.base import BaseCommand, CommandError

from cms.backups import BackupError, restore
from pages.generation import bump_generation


class Command(BaseCommand):
    help = "Replace the database's content and the media with the backup in SOURCE."

    def add_arguments(self, parser):
        parser.add_argument("source", help="A backup folder made by `backup`, local or s3://.")
        parser.add_argument(
            "--no-input", action="store_false", dest="interactive", help="Do not ask to confirm."
        )

    def handle(self, source, interactive, **options):
        if interactive:
            answer = input(f"Replace this database and its media with {source}? Type yes: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled; nothing was changed.")
        try:
            restored = restore(source)
        except BackupError as error:
            raise CommandError(str(error)) from error
        # Nothing cached before the restore may be served after it.
        bump_generation()
        self.stdout.write(
            f"Restored {restored['database']} and {restored['media_files']} media files."
        )
