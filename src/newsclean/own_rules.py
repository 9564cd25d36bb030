"""The pipeline the command line runs: the default rules, the user's own, their phrases.

``--rule MODULE:ATTRIBUTE`` names a rule (it runs after the default rules)
or a :class:`~newsclean.Pipeline` (its rules replace the default ones: build
it with :meth:`~newsclean.Pipeline.insert` to place a rule). The module is
imported from the current folder or anywhere on ``PYTHONPATH``, as
``python -m`` would. Every problem is a ``ValueError`` that says what to fix.
"""

from __future__ import annotations

import importlib
import os
import sys
from functools import cache

from attrs import evolve

from .pipeline import Pipeline
from .rule import Rule


@cache
def pipeline_for(
    without: tuple[str, ...] = (), phrases: tuple[str, ...] = (), rules: tuple[str, ...] = ()
) -> Pipeline:
    """The pipeline for the command line's ``--without``, ``--phrases`` and ``--rule``.

    >>> pipeline_for(rules=("newsclean.rules.chrome:ADVERTISEMENT",))
    Traceback (most recent call last):
    ValueError: two rules are named 'advertisement'
    >>> pipeline_for(rules=("newsclean.rules.chrome",))
    Traceback (most recent call last):
    ValueError: --rule newsclean.rules.chrome: give MODULE:ATTRIBUTE, e.g. my_rules:PODCAST
    """
    base: Pipeline | None = None
    own: list[Rule] = []
    for spec in rules:
        found = load(spec)
        if not isinstance(found, Pipeline):
            own.append(found)
        elif base is None:
            base = found
        else:
            raise ValueError(f"--rule {spec}: only one --rule may name a Pipeline")
    base = Pipeline() if base is None else base
    try:
        pipeline = evolve(base, rules=(*base.rules, *own), phrases=(*base.phrases, *phrases))
        return pipeline.without(*without)
    except KeyError as error:
        raise ValueError(error.args[0]) from None
    except TypeError as error:
        raise ValueError(str(error)) from None


def load(spec: str) -> Rule | Pipeline:
    """The rule or pipeline that ``spec`` (``MODULE:ATTRIBUTE``) names.

    >>> load("newsclean.rules.chrome:SHARE").name
    'share-row'
    >>> load("newsclean.rules.chrome:NO_SUCH")
    Traceback (most recent call last):
    ValueError: --rule newsclean.rules.chrome:NO_SUCH: module newsclean.rules.chrome has no NO_SUCH
    """
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise ValueError(f"--rule {spec}: give MODULE:ATTRIBUTE, e.g. my_rules:PODCAST")
    # A console script's path starts at its own folder, not the current one.
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name is not None and module_name.startswith(error.name):
            raise ValueError(f"--rule {spec}: no module named {module_name}") from None
        raise ValueError(f"--rule {spec}: importing {module_name} failed: {error}") from None
    except Exception as error:
        message = f"{type(error).__name__}: {error}"
        raise ValueError(f"--rule {spec}: importing {module_name} failed: {message}") from None
    found = module
    for part in attribute.split("."):
        if not hasattr(found, part):
            raise ValueError(f"--rule {spec}: module {module_name} has no {attribute}")
        found = getattr(found, part)
    if isinstance(found, type):
        raise ValueError(f"--rule {spec}: {attribute} is a class; name an instance of it")
    if not isinstance(found, (Rule, Pipeline)):
        raise ValueError(
            f"--rule {spec}: {attribute} is neither a rule (name, kind, summary, find()) "
            "nor a Pipeline"
        )
    return found
