"""Create (or reset) the local admin account and print its credentials."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create or reset a superuser for local use and print its credentials."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--password", help="Use this password instead of a random one.")

    def handle(self, *args, username, password, **options):
        password = password or secrets.token_urlsafe(12)
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        verb = "Created" if created else "Reset"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} the admin account. Log in at http://127.0.0.1:8000/admin/ "
                f"with username '{username}' and password '{password}'."
            )
        )
