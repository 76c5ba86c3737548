from django.urls import path

from shops import confirm_views


urlpatterns = [
    path("confirm/<str:token>/", confirm_views.confirm_by_link, name="shops_confirm_hours"),
]
