"""How long applications are kept: their call's retention days after it closes, then deleted.

`delete_applications` is also what erasing an applicant's data uses: the rows, their review
history and admin log entries go in one transaction, the files in private storage once it
commits, so that a rollback leaves nothing half deleted. The task runs every day on the webhook
worker's queue; `manage.py delete_expired_applications` does the same from a scheduler.
"""

import datetime
from functools import partial

from django_tasks import task
from django_tasks_db.models import DBTaskResult

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone

from wagtail.models import ModelLogEntry

from pages.models import CallPage

from .models import Application, private_storage

PURGE_TASK_PATH = "applications.retention.purge_expired_applications"


def expires_at(call):
    """The moment the call's applications are deleted: its retention days after it closes."""
    # Days of 24 hours from the instant: added to a time in the call's zone they would follow
    # its clock changes, and a call read from the database (in UTC) would expire at another hour.
    closes_at = call.closes_at.astimezone(datetime.UTC)
    return closes_at + datetime.timedelta(days=call.application_retention_days)


def delete_expired_applications(now):
    """Delete the applications whose call has expired by now; return how many."""
    # Few calls take applications, so their expiry is computed here rather than in SQL, where
    # adding a number of days to a date differs between databases.
    calls = CallPage.objects.filter(pk__in=Application.objects.values("call_id")).only(
        "deadline", "application_retention_days"
    )
    expired = [call.pk for call in calls if expires_at(call) <= now]
    if not expired:
        return 0
    return delete_applications(Application.objects.filter(call_id__in=expired))


@transaction.atomic
def delete_applications(applications):
    """Delete the applications, their history and log entries, and their files once committed."""
    rows = list(applications.values_list("pk", "attachment"))
    if not rows:
        return 0
    keys = [pk for pk, _attachment in rows]
    # The admin's log names each application (its reference and the applicant's name).
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Application),
        object_id__in=[str(pk) for pk in keys],
    ).delete()
    _total, deleted = Application.objects.filter(pk__in=keys).delete()
    erase_files([attachment for _pk, attachment in rows if attachment])
    return deleted.get(Application._meta.label, 0)


def erase_files(names):
    """Delete the files from private storage once the transaction commits (never on rollback)."""
    storage = private_storage()
    for name in names:
        # Robust: a file the storage fails to delete is logged and the others still go.
        transaction.on_commit(partial(storage.delete, name), robust=True)


def schedule_daily_purge():
    """Start the daily task unless a run is already waiting: each application sent checks."""
    waiting = DBTaskResult.objects.filter(
        task_path=PURGE_TASK_PATH, status__in=["READY", "RUNNING"]
    )
    if not waiting.exists():
        purge_expired_applications.using(run_after=timezone.now()).enqueue()


@receiver(pre_delete, sender=CallPage)
def delete_applications_of_a_deleted_call(sender, instance, **kwargs):
    """A call deleted takes its applications along: their files and log entries too."""
    delete_applications(Application.objects.filter(call_id=instance.pk))


@task(backend="webhooks", queue_name="webhooks")
def purge_expired_applications():
    """Delete the expired applications, and run again a day later."""
    now = timezone.now()
    # Queued first, so that a failed run does not end the daily runs.
    purge_expired_applications.using(run_after=now + datetime.timedelta(days=1)).enqueue()
    return delete_expired_applications(now)
