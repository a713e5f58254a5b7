"""The applications in the admin's menu, for the roles that review them."""

from wagtail import hooks

from .admin_views import ApplicationViewSet


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet("applications")
