from django.urls import path

from shops.booking import views


urlpatterns = [
    path("<int:service_id>/", views.service_booking, name="booking_service"),
    path("<int:service_id>/slots.json", views.slots_json, name="booking_slots"),
    path("done/<str:token>/", views.booking_done, name="booking_done"),
    path("cancel/<str:token>/", views.booking_cancel, name="booking_cancel"),
    path("move/<str:token>/", views.booking_reschedule, name="booking_reschedule"),
    path("<int:service_id>/wait/", views.waiting_list_join, name="waiting_list_join"),
    path("claim/<str:token>/", views.waiting_list_claim, name="waiting_list_claim"),
    path("leave/<str:token>/", views.waiting_list_leave, name="waiting_list_leave"),
    path("calendar/<str:token>.ics", views.shop_calendar_feed, name="shop_calendar_feed"),
]
