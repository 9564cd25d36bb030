"""Compiled phrase patterns kept on disk, so a new process need not compile them again.

The regex module compiles a pattern in Python, about a millisecond per
phrase, and the phrase packs and their branches are some 1,700 patterns: a
second of every new process (``newsclean page.txt`` in a shell loop, each
``--jobs`` or Dask worker). A compiled pattern pickles as its compiled code,
and loads a hundred times faster than it compiles, so what :func:`kept`
builds is written to a cache folder and read back by the next process.

The cache changes no result: an entry is found only by a digest of
everything it was built from (the pattern sources, the kind of entry,
newsclean's code, the versions of regex and Python), holds that key and a checksum of
itself, and anything that does not read back whole is built anew. The folder
is ``$NEWSCLEAN_CACHE`` if set (``off``: no cache), else
``$XDG_CACHE_HOME/newsclean`` or ``~/.cache/newsclean``; it may be deleted
at any time. A folder that cannot be written means no cache, not an error.
Entries are pickles, so the folder must be writable by no one you do not
trust, as any folder Python loads code from.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import TypeVar

import regex

T = TypeVar("T")
_DIGEST = 32  # bytes of sha256 before each entry's pickle


def folder(environ: Mapping[str, str] = os.environ) -> Path | None:
    """Where entries are kept (None: the cache is off).

    >>> folder({"NEWSCLEAN_CACHE": "off"}) is None
    True
    >>> folder({"XDG_CACHE_HOME": "/var/cache"})
    PosixPath('/var/cache/newsclean')
    """
    chosen = environ.get("NEWSCLEAN_CACHE")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    try:
        base = environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except RuntimeError:  # no home folder to be found
        return None
    return Path(base) / "newsclean"


def kept(kind: str, key: tuple[object, ...], build: Callable[[], T], most: int | None = None) -> T:
    """``build()``, or what it returned for the same ``kind`` and ``key`` in an earlier process.

    ``key`` must hold everything the result depends on (the sources, not
    the name of a phrase file), as reprs of plain values. A kind whose keys
    grow with the corpus gives ``most``: once the folder holds that many
    entries of the kind, new ones are built and not written.

    >>> kept("doctest", ("(?i)tweet",), lambda: regex.compile("(?i)tweet")).pattern
    '(?i)tweet'
    """
    where = folder()
    if where is None:
        return build()
    ident = (kind, key, _code(), regex.__version__, sys.version_info[:3])
    name = hashlib.sha256(repr(ident).encode("utf-8", "surrogatepass")).hexdigest()
    path = where / f"{kind}-{name}.pickle"
    found = _read(path, ident)
    if found is not None:
        return found[1]  # type: ignore[return-value]
    built = build()
    if most is None:
        _write(path, (ident, built))
    elif _count(where, kind) < most and _write(path, (ident, built)):
        _counts[where, kind] += 1
    return built


# Each (folder, kind) with a ``most``: the entries the folder held when this
# process first counted them, plus those it has written since. Counting scans
# the folder, 10 ms for the 6,000 entries a well-used one holds, more than a
# compile: once a process, not once a new entry. Entries another process
# writes meanwhile go uncounted; the bound is a size, not a promise.
_counts: dict[tuple[Path, str], int] = {}


def _count(where: Path, kind: str) -> int:
    found = _counts.get((where, kind))
    if found is None:
        try:
            found = sum(1 for entry in os.scandir(where) if entry.name.startswith(f"{kind}-"))
        except OSError:
            found = 0
        _counts[where, kind] = found
    return found


@cache
def _code() -> str:
    """A digest of newsclean's code: the code that builds an entry is part of its key."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _read(path: Path, ident: object) -> tuple[object, object] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    digest, payload = data[:_DIGEST], data[_DIGEST:]
    if hashlib.sha256(payload).digest() != digest:
        return None  # cut short or changed: build it again
    try:
        entry = pickle.loads(payload)
    except Exception:
        return None
    if not isinstance(entry, tuple) or len(entry) != 2 or entry[0] != ident:
        return None
    return entry


def _write(path: Path, entry: tuple[object, object]) -> bool:
    """Write ``entry`` at ``path``; whether it was written."""
    payload = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Beside the entry, then renamed: processes that build the same
        # entry at once each write a whole file, and the last one stays.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True
