from django.urls import path

from search import views


urlpatterns = [
    path("", views.finder, name="finder"),
    path("suggestions/", views.suggest, name="finder_suggestions"),
]
