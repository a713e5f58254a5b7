"""The CMS's own preview of a draft, outside the language tree."""

from django.urls import path

from . import views

urlpatterns = [path("preview/", views.preview, name="preview")]
