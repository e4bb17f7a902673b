"""Running a batch on a Dask distributed cluster (`pip install "briefcli[dask]"`).

The job is the same as on one machine (`batch.run`): chunks of tasks go to the workers as
Dask tasks running `batch.brief_tasks`, results come back in input order into the same
JSON Lines output, at most a few chunks per worker thread in flight. Files are read here,
on the machine running `briefcli batch`, and their text is sent: workers need briefcli and
the spaCy pipeline installed, not the articles. A worker plugin loads the pipeline once per
worker process as it joins (pipeline.load is cached per process); on a LocalCluster, the workers
are forked from a server that imported Dask and loaded the pipeline once (`_forked_workers`).
"""
from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future

from .batch import BriefOptions, Result, Task, brief_tasks, preload
from .errors import BriefError

try:
    from distributed import WorkerPlugin as _PluginBase
except ImportError:  # the dask extra is not installed: DaskExecutor says so
    _PluginBase = object

# spaCy pipelines are not made to be shared between threads: a worker run with
# --nthreads > 1 briefs one chunk at a time per process (run workers with --nthreads 1
# and as many processes as cores instead)
_PROCESS_LOCK = threading.Lock()


# Dask's defaults that slow spaCy down, turned off on a LocalCluster (README: the same for a real
# cluster). MALLOC_TRIM_THRESHOLD_, which the nanny sets in each worker's environment, also turns
# off glibc's adaptive mmap threshold, so that every array the parser allocates comes from a
# fresh mmap; the statistical profiler samples the worker thread's stack every 10 ms.
LOCAL_WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
}


def _forked_workers(options: BriefOptions) -> dict:
    """The Dask settings that have a LocalCluster's nannies fork their workers from briefcli's
    forkserver (batch.preloaded_forkserver), started here to import Dask and load the pipeline
    once while this process starts the scheduler (spawned, each worker would import Dask and
    spaCy and load the pipeline itself: seconds of CPU each); {} where there is no forkserver."""
    import dask

    from .batch import preloaded_forkserver

    # what a nanny puts in the environment before it starts a worker (OMP_NUM_THREADS=1…) must be
    # the server's: a forked worker inherits the environment of the process it is forked from
    environ = dask.config.get("distributed.nanny.pre-spawn-environ", default={}) or {}
    for name, value in environ.items():
        if value is not None:
            os.environ.setdefault(name, str(value))
    if preloaded_forkserver(options, also=["distributed"], start=True) is None:
        return {}
    return {"distributed.worker.multiprocessing-method": "forkserver"}


class DaskMissing(BriefError):
    """The dask extra is not installed."""


def brief_partition(tasks: Sequence[Task], options: BriefOptions) -> list[Result]:
    """What a Dask worker runs: the same function as every other executor, one chunk at a time."""
    with _PROCESS_LOCK:
        return brief_tasks(tasks, options)


def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise DaskMissing('--scheduler needs Dask: pip install "briefcli[dask]"') from None
    return distributed


class PipelinePlugin(_PluginBase):
    """Loads the pipeline on every worker as it starts (and on workers that join later)."""

    name = "briefcli-pipeline"

    def __init__(self, options: BriefOptions):
        self.options = options

    def setup(self, worker) -> None:
        preload(self.options)


class DaskExecutor:
    """The executor interface of batch.run over a distributed.Client."""

    def __init__(self, scheduler: str, options: BriefOptions, *, workers: int | None = None):
        distributed = _import_distributed()
        self._cluster = None
        if scheduler == "local":
            import dask

            # one thread per process: a process per core, each with its own pipeline
            with dask.config.set(LOCAL_WORKER_CONFIG), dask.config.set(_forked_workers(options)):
                self._cluster = distributed.LocalCluster(n_workers=workers or None, threads_per_worker=1,
                                                         processes=True, dashboard_address=None)
            address = self._cluster
        else:
            address = scheduler
        try:
            self.client = distributed.Client(address, timeout="20s")
        except (OSError, TimeoutError) as exc:
            self._close_cluster()
            raise BriefError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        self.client.register_plugin(PipelinePlugin(options), name=PipelinePlugin.name)
        threads = sum(self.client.nthreads().values()) or 1
        self.workers = threads
        self.capacity = 2 * threads  # every worker thread busy, one more chunk queued each

    def submit(self, fn, tasks: Sequence[Task], options: BriefOptions) -> Future:
        target = brief_partition if fn is brief_tasks else fn
        return self.client.submit(target, list(tasks), options, pure=False)

    @staticmethod
    def prepare(task: Task) -> Task:
        return task.materialized()  # read here: workers may not see this machine's files

    def close(self, *, cancel: bool = False) -> None:
        try:
            self.client.close()
        finally:
            self._close_cluster()

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
