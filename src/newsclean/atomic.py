"""Write an output file all at once or not at all.

The output goes to a hidden temporary file beside the target and replaces
the target with ``os.replace`` only when everything was written. Ctrl-C, a
crash or an error leaves the old file (or no file) in place, never half of
a new one.
"""

from __future__ import annotations

import contextlib
import os
import sys
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


def output_problem(output: Path, inputs: list[str]) -> str | None:
    """Why ``output`` cannot be written, or None; checked before any work is done.

    >>> output_problem(Path("/no/such/folder/out.txt"), [])
    'no folder /no/such/folder'
    """
    if output.is_dir():
        return "is a folder; give a file name"
    folder = output.parent
    if not folder.exists():
        return f"no folder {folder}"
    if not folder.is_dir():
        return f"{folder} is not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write in {folder} (permission denied)"
    if any(_same_file(output, name) for name in inputs):
        return "is an input; refusing to overwrite it"
    return None


def _same_file(output: Path, name: str | None) -> bool:
    if name is None or name == "-" or not output.exists():
        return False
    return os.path.exists(name) and os.path.samefile(output, name)


@contextlib.contextmanager
def destination(output: Path | None) -> Iterator[IO[bytes]]:
    """Standard output (flushed at the end), or ``output`` written atomically."""
    if output is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        with atomic_output(output) as handle:
            yield handle
