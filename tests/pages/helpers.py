"""Small assertions shared by the page tests."""

import pytest

from django.core.exceptions import ValidationError


def errors_of(instance):
    """The message dict of the full_clean() of an instance that must not validate."""
    with pytest.raises(ValidationError) as excinfo:
        instance.full_clean()
    return excinfo.value.message_dict
