"""The database task queue and its worker, as production runs them, inside a test."""

from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def run_worker(max_tasks=None):
    """What `manage.py db_worker --batch [--max-tasks N]` does, in the test's transaction
    (the command itself closes the connection between tasks); returns how many ran."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=max_tasks,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    ran = 0
    while ran != max_tasks and (result := DBTaskResult.objects.ready().get_locked()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        ran += 1
    return ran


def skip_waiting(task=None):
    """Move the clock forward: deferred tasks (only ``task``'s, if given) are due now."""
    now = timezone.now()
    waiting = DBTaskResult.objects.filter(run_after__gt=now)
    if task is not None:
        waiting = waiting.filter(task_path=task.module_path)
    return waiting.update(run_after=now)
