"""Ctrl-C and ``kill``: stop the run, and never lose the signal.

Both signals become ``KeyboardInterrupt``, so a kill runs the same clean-up
as Ctrl-C (an output file is not committed, its temporary file goes). Python
drops an exception raised while a ``__del__`` method runs, so an interrupt
can vanish; the flag keeps it, and :meth:`Interrupts.check` raises it again
at the next safe point.
"""

from __future__ import annotations

import signal
from types import FrameType, TracebackType
from typing import Any


class Interrupts:
    """A context that catches SIGINT and SIGTERM while it is open.

    >>> with Interrupts() as interrupts:
    ...     try:
    ...         signal.raise_signal(signal.SIGTERM)
    ...     except KeyboardInterrupt:
    ...         print("interrupted")
    ...     interrupts.seen
    interrupted
    True
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.seen = False
        self._previous: list[Any] = []

    def __enter__(self) -> Interrupts:
        self._previous = [signal.signal(s, self._interrupt) for s in self.SIGNALS]
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for number, previous in zip(self.SIGNALS, self._previous, strict=True):
            signal.signal(number, previous)

    def _interrupt(self, signum: int, frame: FrameType | None) -> None:
        self.seen = True
        raise KeyboardInterrupt

    def check(self) -> None:
        """Raise ``KeyboardInterrupt`` if a signal came, even one Python dropped."""
        if self.seen:
            raise KeyboardInterrupt
