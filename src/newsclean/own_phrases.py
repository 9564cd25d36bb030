"""The default rules rebuilt with a user's phrase folders merged in.

The rule modules read their phrases when they are imported (into module
constants and cached patterns), so a phrase added later would reach some
rules and not others. Instead, each set of folders gets its own fresh copy
of the ``newsclean.rules`` package, executed while :func:`.phrases.using`
names those folders: every constant, cache and pattern of the copy holds
the merged phrases, and the package's own rules stay as they were.
The copy imports everything else (``rule``, ``types``, ``phrases``…) from
newsclean itself, so its findings are ordinary findings.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import pkgutil
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import attrs

from . import rules as package
from .phrases import using
from .rule import Rule


def rebuilt(rules: tuple[Rule, ...], folders: tuple[Path, ...]) -> tuple[Rule, ...]:
    """``rules`` with each rule of newsclean's own rebuilt from the copy for ``folders``;
    a rule of the user's own is kept as it is.

    >>> from newsclean.pipeline import DEFAULT_RULES
    >>> rebuilt(DEFAULT_RULES, ()) == DEFAULT_RULES
    True
    """
    if not folders:
        return rules
    return _rebuilt(rules, folders)


@cache
def _rebuilt(rules: tuple[Rule, ...], folders: tuple[Path, ...]) -> tuple[Rule, ...]:
    copy = _copy_of_rules(folders)
    return tuple(_counterpart(rule, copy) for rule in rules)


def _counterpart(rule: Rule, copy: dict[str, ModuleType]) -> Rule:
    for name, module in _modules(package.__name__).items():
        # A rule that is a module constant (a LineRule such as SHARE).
        for attribute, value in vars(module).items():
            if value is rule:
                found: Rule = getattr(copy[name], attribute)
                return found
    cls = type(rule)
    if cls.__module__ in copy and attrs.has(cls):
        # A rule class: the copy's class, with this instance's fields.
        fields = {f.alias: getattr(rule, f.name) for f in attrs.fields(cls) if f.init}
        made: Rule = getattr(copy[cls.__module__], cls.__qualname__)(**fields)
        return made
    return rule


@cache
def _copy_of_rules(folders: tuple[Path, ...]) -> dict[str, ModuleType]:
    """Each original rules module's name, mapped to its copy for ``folders``."""
    digest = hashlib.sha256(repr(folders).encode()).hexdigest()[:16]
    name = f"{__package__}._rules_{digest}"
    spec = importlib.util.spec_from_file_location(
        name, package.__file__, submodule_search_locations=list(package.__path__)
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    with using(folders):
        spec.loader.exec_module(module)
        copies = _modules(name)
    return {package.__name__ + key.removeprefix(name): value for key, value in copies.items()}


def _modules(prefix: str) -> dict[str, ModuleType]:
    # Every rule module is imported (the default pipeline imports them all).
    for found in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{prefix}.{found.name}")
    return {key: value for key, value in sys.modules.items() if key.startswith(prefix + ".")}
