"""CPU and memory of a command's whole process tree, sampled from /proc (Linux).

:func:`run_measured` starts a command and, every 0.1 s until it and every
process it left behind have ended, walks the processes descended from this
one (the bench adopts orphans: :func:`adopt_orphans`) and reads for each its
own CPU time (``/proc/<pid>/stat``) and its PSS (``/proc/<pid>/smaps_rollup``:
shared pages counted once over the processes sharing them).

A process's role decides where its CPU counts:

* ``main``: the command itself (sourcevault's event loop and everything it
  runs in threads);
* ``helper``: multiprocessing's fork server and resource tracker;
* ``reader``: the check's page-reading process (named ``sv-page-reader``), the
  check path's like the main process;
* ``worker``: any other descendant (sourcevault's extraction workers, and the
  match stage's readers in a whole run).

The tree's total CPU is exact (``RUSAGE_CHILDREN``: the bench reaps every
process of the tree); the main process's is read from its zombie before it
is reaped; a worker's is its last sample, so up to 0.1 s of a worker's last
moments may be missed, and the difference goes to the check path (C = total -
workers). Memory is the largest sum of PSS over the tree at one sample, and
the largest single process's PSS (and, at the tree's peak, the sum per
role: where the peak was); a process's PSS is read again only when its
RSS has moved by 2 MB since the last reading (reading it walks the process's
page tables, which for a worker of a few GB cost the bench a tenth of a core).
"""

from __future__ import annotations

import dataclasses
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
PSS_STALE_KB = 2048  # a process's PSS is read again once its RSS has moved this much


@dataclasses.dataclass
class TreeUsage:
    wall: float = 0.0
    exit_code: int = 0
    output: str = ""
    total_cpu: float = 0.0  # the whole tree
    main_cpu: float = 0.0  # the command's own process
    worker_cpu: float = 0.0
    workers: int = 0  # worker processes seen
    busiest_worker_cpu: float = 0.0
    reader_cpu: float = 0.0  # the check's page-reading process (in C)
    peak_pss_mb: float = 0.0  # the largest sum over the tree at one sample
    peak_single_mb: float = 0.0  # the largest single process
    peak_single_role: str = ""
    peak_by_role: dict[str, float] = dataclasses.field(default_factory=dict)  # MB per role at the tree's peak

    @property
    def check_path_cpu(self) -> float:
        """C: everything but the extraction workers."""
        return self.total_cpu - self.worker_cpu

    @property
    def busiest_process_cpu(self) -> float:
        return max(self.main_cpu, self.busiest_worker_cpu, self.reader_cpu)


def adopt_orphans() -> None:
    """Become the reaper of our descendants' orphans, so that they stay in the tree and their CPU is counted.

    sourcevault's extraction workers are children of a forkserver that may
    outlive the command; without this they would go to init.
    """
    import ctypes

    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, own CPU seconds)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / TICK


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _rss_kb(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB
    except (OSError, ValueError, IndexError):
        return 0


def descendants(pid: int, skip: set[int] | frozenset[int] = frozenset()) -> list[int]:
    """The processes descended from ``pid``, but not ``skip`` nor theirs."""
    out, todo = [], [pid]
    while todo:
        for tasks in Path(f"/proc/{todo.pop()}/task").glob("*/children"):
            try:
                kids = [int(k) for k in tasks.read_text().split() if int(k) not in skip]
            except (OSError, ValueError):
                continue
            out += kids
            todo += kids
    return out


def _role(pid: int, parent_role: str | None) -> str:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        if Path(f"/proc/{pid}/comm").read_bytes().strip() == b"sv-page-reader":
            return "reader"
    except OSError:
        return "worker"
    if parent_role != "helper" and (b"multiprocessing.forkserver" in cmdline or b"resource_tracker" in cmdline):
        return "helper"
    return "worker"


class _Sampler(threading.Thread):
    def __init__(self, root: int, skip: set[int]) -> None:
        super().__init__(daemon=True)
        self.root, self.skip = root, skip
        self.roles: dict[int, str] = {root: "main"}
        self.cpu: dict[int, float] = {}
        self.pss: dict[int, tuple[int, int]] = {}  # pid -> (RSS, PSS) at the last PSS reading
        self.peak_kb = self.peak_single_kb = 0
        self.peak_single_role = ""
        self.peak_by_role: dict[str, int] = {}  # KB per role at the tree's peak
        self.halt = threading.Event()

    def tree(self) -> list[int]:
        """Our descendants (the sampler's own process excluded), but not ``skip`` nor theirs."""
        return descendants(os.getpid(), self.skip)

    def sample(self) -> None:
        total, by_role = 0, {}
        for pid in self.tree():
            stat = _stat(pid)
            if stat is None:
                continue
            parent, cpu = stat
            if self.roles.get(pid, "worker") == "worker":  # asked again: a new process names itself first thing
                self.roles[pid] = _role(pid, self.roles.get(parent))
            self.cpu[pid] = cpu
            pss = self.pss_kb(pid)
            total += pss
            by_role[self.roles[pid]] = by_role.get(self.roles[pid], 0) + pss
            if pss > self.peak_single_kb:
                self.peak_single_kb, self.peak_single_role = pss, self.roles[pid]
        if total > self.peak_kb:
            self.peak_kb, self.peak_by_role = total, by_role

    def pss_kb(self, pid: int) -> int:
        """The process's PSS: read again when its RSS has moved (reading it walks the page tables: not free)."""
        rss = _rss_kb(pid)
        last_rss, last_pss = self.pss.get(pid, (-PSS_STALE_KB, 0))
        if abs(rss - last_rss) < PSS_STALE_KB:
            return last_pss
        pss = _pss_kb(pid)
        self.pss[pid] = (rss, pss)
        return pss

    def run(self) -> None:
        while not self.halt.wait(0.1):
            self.sample()


def run_measured(cmd: list[str], cwd: Path, skip: set[int]) -> TreeUsage:
    """Run ``cmd`` to its end and every process it started to theirs; what they used (``skip``: not ours)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    sampler = _Sampler(proc.pid, skip)
    sampler.start()
    out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
    os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)  # ended, not reaped: its own CPU is still readable
    main = _stat(proc.pid)
    _, status, _ = os.wait4(proc.pid, 0)
    usage = TreeUsage(wall=time.perf_counter() - started, exit_code=os.waitstatus_to_exitcode(status), output=out)
    proc.returncode = usage.exit_code
    _reap_orphans(skip, sampler)
    sampler.halt.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    usage.total_cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    usage.main_cpu = main[1] if main else sampler.cpu.get(proc.pid, 0.0)
    workers = [cpu for pid, cpu in sampler.cpu.items() if sampler.roles.get(pid) == "worker"]
    usage.worker_cpu, usage.workers = sum(workers), len(workers)
    usage.busiest_worker_cpu = max(workers, default=0.0)
    usage.reader_cpu = max((cpu for pid, cpu in sampler.cpu.items() if sampler.roles.get(pid) == "reader"), default=0.0)
    usage.peak_pss_mb, usage.peak_single_mb = sampler.peak_kb / 1024, sampler.peak_single_kb / 1024
    usage.peak_single_role = sampler.peak_single_role
    usage.peak_by_role = {role: kb / 1024 for role, kb in sampler.peak_by_role.items()}
    return usage


def _reap_orphans(skip: set[int], sampler: _Sampler, wait_s: float = 30.0) -> None:
    """Wait for (and reap) every child of ours but ``skip``: the processes the command left behind."""
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        left = [pid for pid in sampler.tree() if (_stat(pid) or (0, 0.0))[0] == os.getpid()]
        for pid in left:
            try:
                os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT | os.WNOHANG)
            except ChildProcessError:
                continue
            stat = _stat(pid)
            if stat:  # a zombie: its last CPU reading, then reap it
                sampler.cpu[pid] = max(sampler.cpu.get(pid, 0.0), stat[1])
                sampler.roles.setdefault(pid, "worker")
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
        if not left:
            return
        time.sleep(0.05)
    print(f"warning: processes still running after {wait_s:.0f} s: {left}", file=sys.stderr)
