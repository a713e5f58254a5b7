from pages.models import CallPage
from tests import factories


def test_call_factory_builds_an_open_call(site_tree):
    call = factories.CallPageFactory(parent=site_tree.calls)
    call.refresh_from_db()
    assert call.status == CallPage.Status.OPEN
