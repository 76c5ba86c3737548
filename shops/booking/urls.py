from django.urls import path

from shops.booking import views


urlpatterns = [
    path("<int:service_id>/", views.service_booking, name="booking_service"),
    path("<int:service_id>/slots.json", views.slots_json, name="booking_slots"),
    path("done/<str:token>/", views.booking_done, name="booking_done"),
    path("cancel/<str:token>/", views.booking_cancel, name="booking_cancel"),
    path("move/<str:token>/", views.booking_reschedule, name="booking_reschedule"),
]
