"""The rules of a call's online applications, as editors set them, checked on saving."""

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from tests import factories


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "messages"),
    [
        (
            "en",
            {
                "application_email": [
                    "Online applications are notified to this address: give one."
                ],
                "eligible_countries": ["Unknown country codes: US, XX."],
                "motivation_max_length": ["Allow at least 100 characters."],
            },
        ),
        (
            "ja",
            {
                "application_email": [
                    "オンライン応募はこのアドレスに通知されます。入力してください。"
                ],
                "eligible_countries": ["不明な国コードです：US, XX。"],  # noqa: RUF001
                "motivation_max_length": ["100文字以上にしてください。"],
            },
        ),
    ],
)
def test_a_call_taking_applications_needs_an_address_known_countries_and_room(
    site_tree, language, messages
):
    call = factories.CallPageFactory.build(
        accepts_applications=True,
        application_email="",
        application_url="https://example.eu/form",
        eligible_countries=["FR", "XX", "US"],
        motivation_max_length=99,
    )
    with translation.override(language):
        with pytest.raises(ValidationError) as raised:
            call.clean()
        assert raised.value.message_dict == messages
