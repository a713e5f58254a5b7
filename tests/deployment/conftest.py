"""One production stack for the deployment tests: two servers on shared services."""

import pytest

from .stack import Stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    """PostgreSQL, Redis (through a relay the tests can cut) and moto, with the demo content."""
    deployment = Stack(tmp_path_factory.mktemp("deployment"))
    try:
        deployment.start_services()
        deployment.prepare()
        deployment.server_a = deployment.start_server("server-a")
        deployment.server_b = deployment.start_server("server-b")
        yield deployment
    finally:
        deployment.stop()
