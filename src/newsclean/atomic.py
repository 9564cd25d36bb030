"""Write an output file all at once or not at all.

The output goes to a hidden temporary file beside the target and replaces
the target with ``os.replace`` only when everything was written. Ctrl-C, a
crash or an error leaves the old file (or no file) in place, never half of
a new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[IO[bytes]]:
    """A binary file that becomes ``target`` when the block ends without error.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with atomic_output(folder / "out.txt") as out:
    ...     _ = out.write(b"all of it")
    >>> (folder / "out.txt").read_bytes()
    b'all of it'
    >>> with atomic_output(folder / "out.txt") as out:
    ...     _ = out.write(b"half")
    ...     raise OSError("disk full")
    Traceback (most recent call last):
    OSError: disk full
    >>> (folder / "out.txt").read_bytes(), sorted(p.name for p in folder.iterdir())
    (b'all of it', ['out.txt'])
    """
    folder = target.parent
    # Same folder as the target, so os.replace is a rename on one file system.
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed by the with below)
        "wb", dir=folder, prefix=f".{target.name}.", suffix=".tmp", delete=False
    )
    temporary = Path(handle.name)
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """Keep an existing file's mode; a new file gets the usual 0o666 less the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
