"""City staff see the sign-ins django-axes paused and can lift a pause.

A colleague who mistyped five times should not wait fifteen minutes for the city team
to take a phone call; an editor checks the name and address and unlocks.
"""

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.roles import is_city_staff


def paused_sign_ins():
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
    ).order_by("-attempt_time")


def paused_sign_ins_view(request):
    if not is_city_staff(request.user):
        raise PermissionDenied
    rows = [
        {"attempt": attempt, "until": attempt.attempt_time + settings.AXES_COOLOFF_TIME}
        for attempt in paused_sign_ins()[:200]
    ]
    return TemplateResponse(
        request,
        "portal/admin/paused_sign_ins.html",
        {"page_title": _("Paused sign-ins"), "rows": rows},
    )


@require_POST
def unlock_sign_in(request, attempt_id):
    if not is_city_staff(request.user):
        raise PermissionDenied
    attempt = get_object_or_404(paused_sign_ins(), pk=attempt_id)
    attempt.delete()
    messages.success(request, _("%(username)s can sign in again.") % {"username": attempt.username})
    return redirect("paused_sign_ins")
