"""Applications are deleted with their files and history once their call's retention ends."""

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django_tasks_db.models import DBTaskResult

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from applications.models import Application, StatusChange
from applications.retention import (
    delete_expired_applications,
    expires_at,
    purge_expired_applications,
)
from pages.models import CallPage
from tests.applications.conftest import WHILE_OPEN
from tests.applications.helpers import form_data, stored_files
from tests.webhooks.test_delivery import run_worker

pytestmark = pytest.mark.django_db

# Both calls close at 16:01 UTC on 15 March 2027 (the end of the 17:00 minute in Brussels); the
# mobility call keeps its applications 30 days, the exchange call 90.
MOBILITY_EXPIRES = datetime.datetime(2027, 4, 14, 16, 1, tzinfo=datetime.UTC)
EXCHANGE_EXPIRES = datetime.datetime(2027, 6, 13, 16, 1, tzinfo=datetime.UTC)
SECOND = datetime.timedelta(seconds=1)
TASK_PATH = "applications.retention.purge_expired_applications"


@pytest.fixture
def applications(client, call, exchange):
    """Two applications to the mobility call (one per language) and one to the exchange call."""
    # The retention is a synchronised field: both languages of the call have the same.
    CallPage.objects.filter(translation_key=call.translation_key).update(
        application_retention_days=30
    )
    call.refresh_from_db()
    call.japanese.refresh_from_db()
    sent = [
        ("/en/calls/mobility/apply/", "aino@example.eu"),
        ("/ja/calls/mobility/apply/", "kenji@example.jp"),
        ("/en/calls/exchange/apply/", "aino@example.eu"),
    ]
    for path, email in sent:
        assert client.post(path, form_data(email=email)).status_code == 302
    english, japanese, other = (
        Application.objects.get(call=page, email=email)
        for page, (_path, email) in zip([call, call.japanese, exchange], sent, strict=True)
    )
    return {"english": english, "japanese": japanese, "exchange": other}


def file_of(application):
    return Path(settings.APPLICATIONS_ROOT) / application.attachment.name


def test_a_call_expires_its_retention_days_after_it_closes(call, exchange, applications):
    # The exchange call's deadline is still in Brussels time, as saved (summer time starts in
    # between); the mobility call's was read back from the database in UTC.
    assert (expires_at(call), expires_at(call.japanese), expires_at(exchange)) == (
        MOBILITY_EXPIRES,
        MOBILITY_EXPIRES,
        EXCHANGE_EXPIRES,
    )


def test_nothing_is_deleted_a_second_before_the_call_expires(
    applications, frozen, django_capture_on_commit_callbacks
):
    frozen.move_to(MOBILITY_EXPIRES - SECOND)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert delete_expired_applications(timezone.now()) == 0
    assert (callbacks, Application.objects.count(), StatusChange.objects.count()) == ([], 3, 3)
    assert stored_files() == sorted(file_of(application) for application in applications.values())


def test_the_expired_call_loses_exactly_its_applications_history_and_files(
    applications, frozen, django_capture_on_commit_callbacks
):
    frozen.move_to(MOBILITY_EXPIRES)
    every_file = sorted(file_of(application) for application in applications.values())
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert delete_expired_applications(timezone.now()) == 2
        # The rows are gone in the transaction; the files wait for it to commit.
        assert stored_files() == every_file
    kept = applications["exchange"]
    assert len(callbacks) == 2
    assert list(Application.objects.values_list("reference", flat=True)) == [kept.reference]
    assert list(StatusChange.objects.values_list("application", flat=True)) == [kept.pk]
    assert stored_files() == [file_of(kept)]


def test_the_call_kept_longer_goes_at_its_own_expiry(
    applications, frozen, django_capture_on_commit_callbacks
):
    frozen.move_to(EXCHANGE_EXPIRES - SECOND)
    with django_capture_on_commit_callbacks(execute=True):
        assert delete_expired_applications(timezone.now()) == 2
    assert stored_files() == [file_of(applications["exchange"])]
    frozen.move_to(EXCHANGE_EXPIRES)
    with django_capture_on_commit_callbacks(execute=True):
        assert delete_expired_applications(timezone.now()) == 1
    assert (Application.objects.count(), StatusChange.objects.count(), stored_files()) == (0, 0, [])


def test_a_rollback_keeps_the_applications_and_their_files(
    applications, frozen, django_capture_on_commit_callbacks
):
    frozen.move_to(MOBILITY_EXPIRES)
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        assert delete_expired_applications(timezone.now()) == 2
        raise RuntimeError
    assert (callbacks, Application.objects.count(), StatusChange.objects.count()) == ([], 3, 3)
    assert stored_files() == sorted(file_of(application) for application in applications.values())


def test_the_admin_log_entries_of_the_deleted_applications_go_too(
    applications, frozen, django_capture_on_commit_callbacks
):
    for application in applications.values():
        log(instance=application, action="wagtail.edit")
    # Another model's entry with the same object id stays.
    someone = get_user_model().objects.create_user("editor")
    same_id = str(applications["english"].pk)
    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(someone),
        object_id=same_id,
        label="editor",
        action="wagtail.edit",
        timestamp=timezone.now(),
    )
    frozen.move_to(MOBILITY_EXPIRES)
    with django_capture_on_commit_callbacks(execute=True):
        delete_expired_applications(timezone.now())
    entries = ModelLogEntry.objects.order_by("pk").values_list("content_type__model", "object_id")
    assert list(entries) == [("application", str(applications["exchange"].pk)), ("user", same_id)]


def test_the_command_says_how_many_it_deleted(
    applications, frozen, django_capture_on_commit_callbacks
):
    outputs = []
    for moment in (MOBILITY_EXPIRES - SECOND, MOBILITY_EXPIRES, EXCHANGE_EXPIRES):
        frozen.move_to(moment)
        out = StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("delete_expired_applications", stdout=out)
        outputs.append(out.getvalue())
    assert outputs == [
        "Deleted 0 expired applications.\n",
        "Deleted 2 expired applications.\n",
        "Deleted 1 expired application.\n",
    ]
    assert (Application.objects.count(), stored_files()) == (0, [])


def test_the_task_deletes_and_runs_again_a_day_later(
    applications, frozen, django_capture_on_commit_callbacks
):
    frozen.move_to(MOBILITY_EXPIRES)
    with django_capture_on_commit_callbacks(execute=True):
        assert purge_expired_applications.call() == 2
    runs = DBTaskResult.objects.filter(task_path=TASK_PATH)
    assert list(runs.values_list("status", "backend_name", "queue_name", "run_after")) == [
        ("READY", "webhooks", "webhooks", MOBILITY_EXPIRES + datetime.timedelta(days=1))
    ]
    assert stored_files() == [file_of(applications["exchange"])]


def test_the_worker_runs_the_task_every_day(
    applications, frozen, django_capture_on_commit_callbacks
):
    frozen.move_to(MOBILITY_EXPIRES - SECOND)
    purge_expired_applications.enqueue()
    run_worker(django_capture_on_commit_callbacks)
    # The next run waits for its day: the applications expiring a second later are still there.
    frozen.move_to(MOBILITY_EXPIRES)
    run_worker(django_capture_on_commit_callbacks)
    assert Application.objects.count() == 3
    frozen.move_to(MOBILITY_EXPIRES - SECOND + datetime.timedelta(days=1))
    run_worker(django_capture_on_commit_callbacks)
    first, second, third = DBTaskResult.objects.filter(task_path=TASK_PATH).order_by("enqueued_at")
    assert [(run.status, run.return_value) for run in (first, second, third)] == [
        ("SUCCESSFUL", 0),
        ("SUCCESSFUL", 2),
        ("READY", None),
    ]
    assert (second.run_after, third.run_after) == (
        MOBILITY_EXPIRES - SECOND + datetime.timedelta(days=1),
        MOBILITY_EXPIRES - SECOND + datetime.timedelta(days=2),
    )
    assert stored_files() == [file_of(applications["exchange"])]


def test_the_first_application_sent_starts_the_daily_task(
    client, call, frozen, django_capture_on_commit_callbacks
):
    for email in ("aino@example.eu", "kenji@example.jp"):
        with django_capture_on_commit_callbacks(execute=True):
            assert (
                client.post("/en/calls/mobility/apply/", form_data(email=email)).status_code == 302
            )
    runs = DBTaskResult.objects.filter(task_path=TASK_PATH)
    assert list(runs.values_list("status", "run_after")) == [("READY", WHILE_OPEN)]


def test_a_deleted_call_takes_its_applications_and_their_files(
    applications, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        applications["exchange"].call.delete()
    kept = sorted([applications["english"].reference, applications["japanese"].reference])
    assert sorted(Application.objects.values_list("reference", flat=True)) == kept
    assert stored_files() == sorted(
        file_of(applications[language]) for language in ("english", "japanese")
    )
