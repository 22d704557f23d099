"""Run a function over batches of work: in this process, on a local process pool, or on Dask.

``open_executor(kind, workers, ...)`` gives an object whose ``map_unordered(fn, batches)``
calls ``fn(*args)`` for each ``(tag, args)`` of ``batches`` and yields ``(tag, result)`` as
batches finish. ``batches`` may be a generator: it is pulled lazily, keeping at most a few
batches per worker in flight, so a corpus of any size is never all in memory (or in a task
graph) at once.

- ``serial``: this process, one batch after the other.
- ``process``: ``concurrent.futures.ProcessPoolExecutor``, of no more processes than cores or
  batches (``--workers 10000`` forks as many as help). On Linux, when this process runs no
  other thread, ``preload`` runs here before the workers are forked, so they inherit the loaded
  gazetteer index copy-on-write instead of each loading its own (see README, "Many articles",
  for what that saves and what it does not). Elsewhere (macOS, Windows, or threads running)
  the workers are started fresh and each runs ``initializer`` once.
- ``dask``: a ``distributed.Client`` on a scheduler address, or on a ``LocalCluster`` started
  here when no address is given. The workers load the index themselves (``initializer`` runs
  on each worker once, up front).

``memory_stats()`` reports the current process's memory (RSS, peak RSS, and on Linux PSS and
USS, which tell shared pages from private ones); workers return it with their results.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import resource
import socket
import sys
import time
from collections.abc import Callable, Iterable, Iterator

from geomap.errors import GeomapError

__all__ = ["EXECUTORS", "default_workers", "memory_stats", "open_executor", "Executor"]

EXECUTORS = ("auto", "serial", "process", "dask")


def default_workers() -> int:
    """The CPUs this process may run on (all cores, unless restricted by affinity or a cgroup)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13
        return max(1, os.process_cpu_count() or 1)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


_last_smaps: tuple[int, float, dict] = (0, 0.0, {})  # (pid, time.monotonic(), PSS/USS reading)


def memory_stats(max_age: float = 0.0) -> dict:
    """This process's memory in MB: ``rss`` now, ``peak_rss`` (high-water mark), and on Linux
    ``pss`` (shared pages divided among the processes sharing them) and ``uss`` (private pages:
    what the process costs on top of what it shares). ``max_age``: seconds a reading of these
    three may be reused for (it takes a few ms: the kernel walks the process's page tables)."""
    global _last_smaps
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":
        peak_kb //= 1024  # bytes there
    out = {"pid": os.getpid(), "host": socket.gethostname(), "peak_rss": round(peak_kb / 1024, 1)}
    pid, at, smaps = _last_smaps
    if pid == out["pid"] and time.monotonic() - at < max_age:  # not the parent's, in a forked worker
        return {**out, **smaps}
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line and not line[0].isdigit())
        kb = {k.strip(): int(v.split()[0]) for k, v in fields.items() if v.strip().endswith("kB")}
        smaps = {"rss": round(kb["Rss"] / 1024, 1), "pss": round(kb["Pss"] / 1024, 1),
                 "uss": round((kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0)) / 1024, 1)}
    except (OSError, KeyError, ValueError):
        smaps = {}
    _last_smaps = (out["pid"], time.monotonic(), smaps)
    return {**out, **smaps}


class Executor:
    """Serial: runs each batch in this process."""

    kind = "serial"

    def __init__(self, workers: int = 1, *, initializer: Callable | None = None, preload: Callable | None = None):
        self.workers = 1
        self._initializer = initializer
        self._started = False

    def _start(self) -> None:
        if not self._started and self._initializer is not None:
            self._initializer()
        self._started = True

    def map_unordered(self, fn: Callable, batches: Iterable[tuple]) -> Iterator[tuple]:
        for tag, args in batches:
            self._start()
            yield tag, fn(*args)

    def close(self) -> None:
        pass

    def describe(self) -> str:
        return "this process"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _Windowed(Executor):
    """Keeps ``window`` batches in flight, pulling more from the generator as they finish."""

    def window(self) -> int:
        return 2 * self.workers + 1

    def map_unordered(self, fn, batches):
        it = iter(batches)
        in_flight: dict = {}
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < self.window():
                try:
                    tag, args = next(it)
                except StopIteration:
                    exhausted = True
                    break
                in_flight[self._submit(fn, args)] = tag
            if not in_flight:
                return
            future = self._next_done(list(in_flight))
            yield in_flight.pop(future), self._result(future)


class ProcessExecutor(_Windowed):
    """A local process pool of at most one process a core and one a batch: more would only wait
    for a core or for work, each costing a fork (or an index load) and its memory."""

    kind = "process"

    def __init__(self, workers: int, *, initializer=None, preload=None, asked: int | None = None):
        self.asked = asked  # the workers the user asked for (None: the default), noted when capped
        self.workers = max(1, min(workers, default_workers()))
        self.capped_at = "cores" if self.workers < workers else None
        self._initializer = initializer
        self._preload = preload
        self._pool = None
        self.start_method = None

    def map_unordered(self, fn, batches):
        it = iter(batches)
        first = list(itertools.islice(it, self.workers))  # pulled before the pool starts, to size it
        if 0 < len(first) < self.workers:
            self.workers, self.capped_at = len(first), "batches"
        yield from super().map_unordered(fn, itertools.chain(first, it))

    @staticmethod
    def _start_method() -> str:
        """fork where it is safe: on Linux, and while this process runs no other thread (a thread
        holding a lock at the fork would leave it locked in the child); else forkserver or spawn."""
        import threading

        methods = multiprocessing.get_all_start_methods()
        if "fork" in methods and sys.platform.startswith("linux") and threading.active_count() == 1:
            return "fork"
        return "forkserver" if "forkserver" in methods else "spawn"

    def _ensure_pool(self):
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            self.start_method = self._start_method()
            context = multiprocessing.get_context(self.start_method)
            if self.start_method == "fork":
                if self._preload is not None:
                    self._preload()  # inherited by the forked workers, copy-on-write
                self._pool = ProcessPoolExecutor(self.workers, mp_context=context)
            else:
                self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=self._initializer)
        return self._pool

    def _submit(self, fn, args):
        return self._ensure_pool().submit(fn, *args)

    def _next_done(self, futures):
        from concurrent.futures import FIRST_COMPLETED, wait

        done, _ = wait(futures, return_when=FIRST_COMPLETED)
        return min(done, key=futures.index)

    def _result(self, future):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise GeomapError(f"a worker process died ({exc}); try fewer --workers") from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def describe(self) -> str:
        how = "forked, sharing the parent's index" if self.start_method == "fork" else "each loading the index"
        if self.asked is not None and self.workers < self.asked:
            limit = f"{default_workers()} cores" if self.capped_at == "cores" else \
                f"{self.workers} batch{'es' * (self.workers != 1)} of work"
            how += f"; --workers {self.asked} capped at the {limit}"
        return f"{self.workers} worker process{'es' * (self.workers != 1)} ({how})"


class DaskExecutor(_Windowed):
    kind = "dask"

    def __init__(self, workers: int, *, address: str | None = None, initializer=None, preload=None):
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise GeomapError("the Dask executor needs dask.distributed: pip install 'geomap[dask]'") from None
        self.address = address
        self.workers = max(1, workers)
        self._initializer = initializer
        self._cluster = self._client = None
        self._as_completed = None

    def _ensure_client(self):
        """Connect (or start the LocalCluster) on the first batch: a run the cache serves needs none."""
        if self._client is None:
            import logging

            from distributed import Client, LocalCluster

            try:
                if self.address:
                    self._client = Client(self.address, timeout="30s")
                else:
                    self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                                 dashboard_address=None, silence_logs=logging.ERROR)
                    self._client = Client(self._cluster)
            except (OSError, TimeoutError) as exc:
                raise GeomapError(f"cannot reach the Dask scheduler at {self.address}: {exc}") from None
            info = self._client.scheduler_info()
            self.workers = max(1, sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()))
            if self._initializer is not None:
                self._client.run(self._initializer)  # every worker loads the index once, before its first batch
        return self._client

    def _submit(self, fn, args):
        from distributed import as_completed

        future = self._ensure_client().submit(fn, *args, pure=False)
        if self._as_completed is None:
            self._as_completed = as_completed([future])
        else:
            self._as_completed.add(future)
        return future

    def _next_done(self, futures):
        return next(self._as_completed)

    def _result(self, future):
        return future.result()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    def describe(self) -> str:
        if self.address:
            return f"the Dask cluster at {self.address} ({self.workers} worker threads)"
        return f"a local Dask cluster ({self.workers} worker processes)"


def open_executor(kind: str = "auto", workers: int | None = None, *, address: str | None = None,
                  initializer: Callable | None = None, preload: Callable | None = None) -> Executor:
    """An executor: ``serial``, ``process`` or ``dask`` (``auto``: dask with an address, a process
    pool with more than one worker, else serial). ``workers`` defaults to all cores."""
    asked = workers
    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise GeomapError(f"--workers must be 1 or more, not {workers}")
    if kind == "auto":
        kind = "dask" if address else ("process" if workers > 1 else "serial")
    if address and kind != "dask":
        raise GeomapError(f"--dask {address} runs on Dask, but --executor {kind} runs here: drop one of the two")
    if kind == "serial":
        return Executor(1, initializer=initializer)
    if kind == "process":
        return ProcessExecutor(workers, initializer=initializer, preload=preload, asked=asked)
    if kind == "dask":
        return DaskExecutor(workers, address=address, initializer=initializer)
    raise GeomapError(f"unknown executor {kind!r}; choose one of {', '.join(EXECUTORS)}")
