from django.urls import path

from search import map_points, views


urlpatterns = [
    path("", views.finder, name="finder"),
    path("suggestions/", views.suggest, name="finder_suggestions"),
    path("map/", map_points.finder_points, name="finder_points"),
]
