"""Progress lines while a batch runs: a Rich bar on a terminal, plain log lines elsewhere."""
from __future__ import annotations

import time
from typing import Optional, Protocol, TextIO

from extractor.batch.outcomes import Summary


class Progress(Protocol):
    def start(self, total: Optional[int]) -> None: ...

    def update(self, summary: Summary) -> None: ...

    def close(self) -> None: ...


class _Rate:
    """Articles per second since the first one finished: the minutes the workers spend loading their models
    before it would make the first ETA hours long."""

    def __init__(self) -> None:
        self.first: Optional[tuple[float, int]] = None

    def __call__(self, summary: Summary) -> Optional[float]:
        """The rate, or None until an article has finished since the first (inputs done earlier do not count)."""
        done, now = summary.inputs - summary.already, time.monotonic()
        if done and self.first is None:
            self.first = (now, done)
        if self.first is None or done <= self.first[1]:
            return None
        return (done - self.first[1]) / max(now - self.first[0], 1e-9)


class RichProgress:
    """A rich progress bar with articles/s and ETA, for a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def start(self, total: Optional[int]) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._bar = Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("{task.fields[rate]} articles/s ETA {task.fields[eta]}"),
                             TextColumn("{task.fields[detail]}"), console=Console(file=self.stream))
        self._task = self._bar.add_task("extract", total=total, rate="-", eta="-:--:--", detail="")
        self._total, self._rate = total, _Rate()
        self._bar.start()

    def update(self, summary: Summary) -> None:
        rate = self._rate(summary)
        fields = {"rate": f"{rate:.1f}", "eta": _eta(self._total, summary, rate)} if rate else {}
        self._bar.update(self._task, completed=summary.inputs, detail=f"{summary.records} records, {summary.errors} errors",
                         **fields)

    def close(self) -> None:
        self._bar.stop()


class LogProgress:
    """A plain line every `interval` seconds once an article has finished, for logs and pipes."""

    def __init__(self, stream: TextIO, interval: float = 10.0) -> None:
        self.stream, self.interval = stream, interval

    def start(self, total: Optional[int]) -> None:
        self._total, self._rate = total, _Rate()
        self._last = time.monotonic()

    def update(self, summary: Summary) -> None:
        rate = self._rate(summary)
        now = time.monotonic()
        if rate is None or now - self._last < self.interval:
            return
        self._last = now
        of = f"/{self._total}" if self._total is not None else ""
        eta = f", ETA {_eta(self._total, summary, rate)}" if self._total is not None else ""
        print(f"zhextract: {summary.inputs}{of} inputs, {summary.records} records, {summary.errors} errors, "
              f"{rate:.1f} articles/s{eta}", file=self.stream, flush=True)

    def close(self) -> None:
        pass


def _eta(total: Optional[int], summary: Summary, rate: float) -> str:
    if total is None:
        return "-:--:--"
    return time.strftime("%H:%M:%S", time.gmtime(max(total - summary.inputs, 0) / rate))


def progress_for(stream: TextIO) -> Progress:
    """A rich bar on a terminal, periodic log lines otherwise."""
    return RichProgress(stream) if stream.isatty() else LogProgress(stream)
