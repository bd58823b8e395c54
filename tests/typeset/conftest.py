import pytest

from iasante_desktop.typeset.engine import LayoutEngine


@pytest.fixture(scope="module")
def engine(call, qapp) -> LayoutEngine:
    return LayoutEngine(call)
