"""Fixtures for the panel tests: hosts on the base resolution and on the MOD contribution."""

from __future__ import annotations

import pytest

from editor.model.session import EditSession
from tests.factories import FIXED_DATE, base_document, mod_document
from tests.gui.panels.panel_host import Host


@pytest.fixture
def host() -> Host:
    """A host on the standalone base resolution, not tracking."""
    return Host(EditSession(base_document(), author="Tester", clock=lambda: FIXED_DATE))


@pytest.fixture
def mod_host() -> Host:
    """A host on the MOD contribution with Track Changes on and a few marks."""
    _, session = mod_document()
    return Host(session)
