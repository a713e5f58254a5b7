"""The application form under each call's address, in each language."""

from django.urls import re_path

from . import views

urlpatterns = [
    re_path(r"^(?P<path>.+/)apply/$", views.apply, name="apply_to_call"),
    re_path(r"^(?P<path>.+/)apply/sent/$", views.sent, name="application_sent"),
]
