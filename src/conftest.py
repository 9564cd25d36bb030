"""Doctests of the modules for optional extras run only where the extra is installed."""

from __future__ import annotations

import importlib.util

# newsclean/<module>.py -> the package its extra installs
_EXTRAS = {"dask.py": "distributed", "datatrove.py": "datatrove", "formats.py": "pyarrow"}

collect_ignore = [
    f"newsclean/{module}"
    for module, package in _EXTRAS.items()
    if importlib.util.find_spec(package) is None
]
