"""briefcli: structured briefs of news articles.

>>> from briefcli import brief
>>> b = brief("Le président russe Vladimir Poutine est arrivé à Pékin.")
>>> b.actors[0].name
'Vladimir Poutine'

The heavy parts (spaCy) are imported on first use, so ``import briefcli`` is cheap.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["brief", "brief_many", "Brief", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import brief, brief_many
    from .records import Brief


def __getattr__(name: str) -> Any:
    if name in ("brief", "brief_many"):
        from . import api

        return getattr(api, name)
    if name == "Brief":
        from .records import Brief

        return Brief
    raise AttributeError(f"module 'briefcli' has no attribute {name!r}")
