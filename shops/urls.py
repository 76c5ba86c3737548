from django.urls import path

from shops import booking_views


urlpatterns = [
    path("<int:service_id>/", booking_views.service_booking, name="booking_service"),
    path("<int:service_id>/slots.json", booking_views.slots_json, name="booking_slots"),
    path("done/<str:token>/", booking_views.booking_done, name="booking_done"),
    path("cancel/<str:token>/", booking_views.booking_cancel, name="booking_cancel"),
]
