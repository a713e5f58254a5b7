"""URLs of the embeds."""

from django.urls import path

from . import views

urlpatterns = [
    path("embed/ejrc-feed.js", views.feed_script, name="embed-script"),
    path("embed/<str:kind>/", views.feed_frame, name="embed-frame"),
]
