"""URLs of the GraphQL API and of the image renditions it links to."""

from django.urls import path, re_path

from wagtail.images.views.serve import ServeView

from .views import graphql_view

urlpatterns = [
    path("graphql/", graphql_view(), name="graphql"),
    re_path(
        r"^images/([^/]*)/(\d*)/([^/]*)/[^/]*$",
        ServeView.as_view(),
        name="wagtailimages_serve",
    ),
]
