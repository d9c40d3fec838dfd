"""The main job: every notebook for every article, through papermill, in parallel.

A notebook whose parameters name ``article_paths`` (a list) is a *set* notebook
(``compare.ipynb``): it runs once for the whole set of articles given, when there are two or
more, under the set's id (:func:`analysis.keys.set_id`). Every other notebook runs once
per article. For each (article, notebook) pair the runner executes the notebook with the
article's parameters, keeps the executed copy in ``build/<article>/<notebook>.ipynb``, and
publishes the figures the notebook wrote. A pair whose inputs have not changed (the article's
text, the notebook, the package's code and version) is skipped unless ``force``.

Nothing half-done reaches ``figures/``: each run writes into a staging folder, and only a
notebook that ran to the end has its folder swapped into place (by renames, on the same
file system), so an interrupted or failing run leaves the previous figures as they were.
A bad article or a failing cell is reported with the article, the notebook and the cell; the
other pairs still run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path

from . import config
from .keys import code_fingerprint, set_id
from .loaders import CORPUS_SUFFIXES, Article, ArticleError, errors_only, iter_articles
from .outputs import failed_write, output_folder, write_text_atomic
from .workers import die_with_parent

STAGING = ".staging"


@dataclass(frozen=True)
class Task:
    """One notebook to run for one article (plain values: it crosses process boundaries)."""

    article_id: str
    article_path: str
    corpus_row: bool
    notebook: str
    notebook_path: str
    key: str
    figures_dir: str
    build_dir: str
    members: tuple[str, ...] = ()  # a set notebook's article paths
    isolate: bool = False  # a fresh kernel for this run instead of the process's warm one
    staging: str = ""  # this run's own staging folder (figures/.staging/run-<pid>-<id>)
    ids: tuple[str, ...] = ()  # which articles of ``members`` a set notebook takes (empty: all)


@dataclass
class Outcome:
    article_id: str
    notebook: str
    status: str  # "ran", "skipped" or "failed"
    message: str = ""
    seconds: float = 0.0


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    article_errors: list[ArticleError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was not drawn, and why
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def ok(self) -> bool:
        return not errors_only(self.article_errors) and not self.count("failed")

    def summary(self) -> str:
        lines = [f"ran {self.count('ran')}, skipped {self.count('skipped')} unchanged, "
                 f"failed {self.count('failed')} (of {len(self.outcomes)} article × notebook "
                 f"runs) in {self.seconds:.1f} s"]
        lines += self.notes
        errors = errors_only(self.article_errors)
        skipped = [e for e in self.article_errors if e not in errors]
        if errors:
            lines.append(f"{len(errors)} article(s) could not be read:")
            lines += [f"  {err}" for err in errors]
        if skipped:
            lines.append(f"{len(skipped)} file(s) skipped, not articles:")
            lines += [f"  {err}" for err in skipped]
        failed = [o for o in self.outcomes if o.status == "failed"]
        if failed:
            lines.append(f"{len(failed)} notebook run(s) failed:")
            lines += [f"  {o.article_id} × {o.notebook}: {o.message}" for o in failed]
        return "\n".join(lines)


def available_notebooks(notebooks_dir: Path | None = None) -> list[str]:
    """The notebooks: every ``notebooks/*.ipynb``, by name."""
    return sorted(p.stem for p in Path(notebooks_dir or config.NOTEBOOKS_DIR).glob("*.ipynb"))


def is_set_notebook(path: Path) -> bool:
    """Whether the notebook's parameters cell assigns ``article_paths`` (a set notebook)."""
    import ast

    try:
        cells = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return False
    for cell in cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            try:
                tree = ast.parse("".join(cell.get("source", "")))
            except SyntaxError:
                return False
            return any(isinstance(t, ast.Name) and t.id == "article_paths"
                       for node in ast.walk(tree) if isinstance(node, ast.Assign)
                       for t in node.targets)
    return False


def task_key(article: Article, notebook_path: Path, figures_dir: Path) -> str:
    """What a pair's figures depend on: the article's text and what its sidecar says (title,
    outlet, date, url: labels and captions show them), the notebook, the package's code, data
    and models, the figures folder and the file read."""
    import json

    h = hashlib.sha256()
    sidecar = json.dumps(article.metadata, sort_keys=True, ensure_ascii=True, default=str)
    for part in (article.sha256, sidecar, notebook_path.read_bytes(),
                 code_fingerprint(), str(figures_dir.resolve()), article.path or ""):
        h.update(part if isinstance(part, bytes) else part.encode())
        h.update(b"\0")
    return h.hexdigest()


def _stamp(task: Task) -> Path:
    """The stamp of a pair's last good run, one per figures folder: a run with ``--figures``
    elsewhere does not make the default folder's figures look stale."""
    folder = hashlib.sha256(str(Path(task.figures_dir).resolve()).encode()).hexdigest()[:10]
    return Path(task.build_dir) / task.article_id / f"{task.notebook}.{folder}.key"


def _final_dir(task: Task) -> Path:
    return Path(task.figures_dir) / task.article_id / task.notebook


def is_current(task: Task) -> bool:
    stamp = _stamp(task)
    return (stamp.exists() and stamp.read_text() == task.key and _final_dir(task).is_dir())


def execute(task: Task) -> Outcome:
    """Run one notebook for one article (in a worker process) and publish its figures."""
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    figures = Path(task.figures_dir)
    staging = (Path(task.staging) if task.staging else figures / STAGING) / \
        f"{task.article_id}.{task.notebook}.{uuid.uuid4().hex[:8]}"
    executed = Path(task.build_dir) / task.article_id / f"{task.notebook}.ipynb"
    executed.parent.mkdir(parents=True, exist_ok=True)
    partial = executed.with_name(f".{executed.stem}.running.ipynb")
    if task.members:
        params = {"article_paths": list(task.members), "set_id": task.article_id,
                  "output_dir": str(staging)}
        if task.ids:
            params["article_ids"] = list(task.ids)
    else:
        params = {"article_path": task.article_path,
                  "article_id": task.article_id if task.corpus_row else "",
                  "output_dir": str(staging)}
    try:
        if task.isolate:
            _run_isolated(task, params, partial, executed)
        else:
            _warm_kernel(Path(task.build_dir)).run(task.notebook_path, params, partial)
        os.replace(partial, executed)
        _failed_copy(executed).unlink(missing_ok=True)
        _publish(staging / task.article_id / task.notebook, _final_dir(task))
        _stamp(task).write_text(task.key)
        status, message = "ran", ""
    except PapermillExecutionError as err:
        _keep_failed(partial, executed)
        status, message = "failed", _cell_message(err, _failed_copy(executed))
    except KernelRunError as err:
        _keep_failed(partial, executed)
        status, message = "failed", f"{err} (executed notebook: {_failed_copy(executed)})"
    except Exception as err:  # a kernel that died, a notebook that cannot be read, ...
        status, message = "failed", f"{type(err).__name__}: {err}"
        _keep_failed(partial, executed)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if status == "failed":
        _stamp(task).unlink(missing_ok=True)
    return Outcome(task.article_id, task.notebook, status, message,
                   time.perf_counter() - started)


def _run_isolated(task: Task, params: dict, partial: Path, executed: Path) -> None:
    """The notebook in a fresh kernel of its own, through papermill (``--isolate``)."""
    import papermill

    with _kernel_log(executed.with_suffix(".log")):
        papermill.execute_notebook(
            task.notebook_path, str(partial),
            parameters=params, kernel_name="python3", progress_bar=False, log_output=False,
            cwd=str(config.PROJ_ROOT), report_mode=False,
        )


# A cell may run this many seconds (ANALYSIS_CELL_TIMEOUT) before its run is reported as
# failed and its kernel replaced.
CELL_TIMEOUT = int(os.environ.get("ANALYSIS_CELL_TIMEOUT", "600"))
# Run in a warm kernel before each notebook: nothing of the last notebook's namespace, figures
# or matplotlib settings is left; the imported modules (the warm part) stay.
_RESET = f"""\
%reset -f
import os as _os, sys as _sys, matplotlib as _mpl, matplotlib.pyplot as _plt
_plt.close("all")
_mpl.rcdefaults()
if "analysis.figures" in _sys.modules:
    _sys.modules["analysis.figures"].set_theme()
_os.chdir({str(config.PROJ_ROOT)!r})
%reset -f
"""


class KernelRunError(Exception):
    """A notebook run in a warm kernel failed: a cell raised, timed out, or the kernel
    died. ``str(err)`` says which cell and why."""


class WarmKernel:
    """One Jupyter kernel kept alive in this process: notebooks run in it one after another
    (papermill's parameterisation, nbclient on the running kernel), with the user namespace
    and matplotlib state reset between runs. It talks to the kernel over Unix sockets in a
    private folder (no TCP ports to race for when several start at once). A kernel that
    dies, or a cell past CELL_TIMEOUT, fails that run and the kernel is replaced; a kernel
    that dies while starting is started once more. Its output goes to
    ``build/kernel-<pid>.log``."""

    def __init__(self, build_dir: Path):
        self.km = None
        self.kc = None
        self.folder = None
        self.log_path = build_dir / f"kernel-{os.getpid()}.log"

    def run(self, notebook_path: str, params: dict, out: Path) -> None:
        """Execute the notebook with ``params`` and write the executed copy to ``out``
        (even when it fails, for inspection)."""
        import copy

        import nbformat
        from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
        from papermill.iorw import load_notebook_node
        from papermill.parameterize import parameterize_notebook

        template = _load(notebook_path, load_notebook_node)
        for attempt in (1, 2):
            fresh = self.kc is None
            nb = parameterize_notebook(copy.deepcopy(template), params, kernel_name="python3")
            try:
                if not fresh:
                    self._execute(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
                        _RESET)]))
                self._execute(nb)
                return
            except CellExecutionError as err:
                raise KernelRunError(_error_cell(nb, err)) from None
            except (CellTimeoutError, DeadKernelError, TimeoutError, RuntimeError) as err:
                self.shutdown()  # a kernel that timed out or died is replaced
                if _INTERRUPTED.is_set():
                    raise KeyboardInterrupt from None  # it was ended by Ctrl-C
                if fresh and attempt == 1 and not isinstance(err, CellTimeoutError):
                    continue  # it died starting or on the first run: one more try
                raise KernelRunError(f"{type(err).__name__}: "
                                     f"{str(err).splitlines()[0][:200] if str(err) else ''}"
                                     " (kernel replaced)") from None
            finally:
                nbformat.write(nb, str(out))

    def _execute(self, nb) -> None:
        from jupyter_client.manager import AsyncKernelManager

        if self.km is None:
            import tempfile

            self.folder = tempfile.mkdtemp(prefix="analysis-kernel-")
            self.km = AsyncKernelManager(kernel_name="python3", transport="ipc",
                                         ip=os.path.join(self.folder, "kernel"))
        client = _client_class()(nb, km=self.km, timeout=CELL_TIMEOUT, kernel_name="python3",
                                resources={"metadata": {"path": str(config.PROJ_ROOT)}})
        client.kc = self.kc
        try:
            if self.kc is None:
                self.log_path.parent.mkdir(parents=True, exist_ok=True)
                with open(self.log_path, "a", encoding="utf-8") as log:
                    client.execute(cleanup_kc=False, stdout=log, stderr=log)
            else:
                client.execute(cleanup_kc=False)
        except BaseException:
            # nbclient leaves its exit hook behind when a kernel dies while starting; the
            # kernel is ours to clean up (shutdown)
            import atexit

            atexit.unregister(client._cleanup_kernel)
            raise
        self.kc = client.kc

    def shutdown(self) -> None:
        from jupyter_core.utils import run_sync

        km, kc, folder = self.km, self.kc, self.folder
        self.km = self.kc = self.folder = None
        if kc is not None:
            kc.stop_channels()
        if km is not None:
            try:
                if km.has_kernel:
                    run_sync(km.shutdown_kernel)(now=True)
            except Exception:  # already gone
                pass
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


_LOADED: dict[str, tuple[float, object]] = {}


def _load(path: str, loader):
    """A notebook read once per process (again when the file changes)."""
    mtime = os.stat(path).st_mtime
    if path not in _LOADED or _LOADED[path][0] != mtime:
        _LOADED[path] = (mtime, loader(path))
    return _LOADED[path][1]


def _error_cell(nb, err) -> str:
    """``cell N ('first line') raised Name: value``, N counting from 1 in the notebook as
    written (the injected-parameters cell not counted)."""
    injected = 0
    for index, cell in enumerate(nb.cells):
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            injected += 1
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            first = next((ln for ln in cell.source.splitlines() if ln.strip()), "")
            evalue = str(errors[0].get("evalue", "")).strip().splitlines()
            return (f"cell {index + 1 - injected} ({first.strip()[:60]!r}) raised "
                    f"{errors[0].get('ename')}: {evalue[0] if evalue else ''}")
    return f"{getattr(err, 'ename', type(err).__name__)}: {str(err).splitlines()[0][:200]}"


_WARM = threading.local()  # one warm kernel per thread: two runs in one process never share


def _warm_kernel(build_dir: Path) -> WarmKernel:
    """This thread's warm kernel, started on first use and shut down when the process
    ends."""
    kernel = getattr(_WARM, "kernel", None)
    if kernel is None:
        from multiprocessing import util

        kernel = _WARM.kernel = WarmKernel(build_dir)
        util.Finalize(kernel, kernel.shutdown, exitpriority=10)
    return kernel


_INTERRUPTED = threading.Event()
_ON_INTERRUPT: list = [None]  # the handler of the in-process loop, while it runs


@contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C while notebooks run in this process: the kernel library swallows the
    KeyboardInterrupt (its event loop), so the signal is taken here instead: the kernels this
    process started are ended at once, which ends the running notebook, and the loop stops
    with a KeyboardInterrupt before the next one."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _INTERRUPTED.clear()

    def on_interrupt(signum, frame):
        if _INTERRUPTED.is_set():
            raise KeyboardInterrupt  # a second Ctrl-C: no more waiting
        _INTERRUPTED.set()
        # the kernel library's polling task then fails; asyncio would print it at exit
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        _end_child_processes()

    previous = signal.signal(signal.SIGINT, on_interrupt)
    _ON_INTERRUPT[0] = on_interrupt
    try:
        yield
    finally:
        _ON_INTERRUPT[0] = None
        signal.signal(signal.SIGINT, previous)
    if _INTERRUPTED.is_set():
        raise KeyboardInterrupt


def _end_child_processes() -> None:
    """Kill this process's children (its kernels), read from /proc; elsewhere, nothing."""
    import signal

    me = str(os.getpid())
    try:
        entries = os.listdir("/proc")
    except OSError:
        return
    for pid in entries:
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                stat = f.read().decode("ascii", "replace")
            if stat.rsplit(")", 1)[1].split()[1] == me:  # field 4: the parent's pid
                os.kill(int(pid), signal.SIGKILL)
        except (OSError, IndexError):
            continue


@lru_cache(maxsize=1)
def _client_class():
    """nbclient's NotebookClient, but Ctrl-C is this package's: nbclient's own SIGINT handler
    shuts the kernel down and swallows the interrupt, so the run went on with the next
    notebook; while the in-process loop runs, its handler replaces nbclient's."""
    import asyncio
    import signal
    from contextlib import asynccontextmanager

    from nbclient import NotebookClient

    class Client(NotebookClient):
        @asynccontextmanager
        async def async_setup_kernel(self, **kwargs):
            async with super().async_setup_kernel(**kwargs):
                handler = _ON_INTERRUPT[0]
                loop = asyncio.get_event_loop()
                try:
                    if handler is signal.SIG_IGN:  # a worker: the parent handles Ctrl-C
                        loop.remove_signal_handler(signal.SIGINT)
                        signal.signal(signal.SIGINT, signal.SIG_IGN)
                    elif handler is not None:
                        loop.add_signal_handler(signal.SIGINT, handler, signal.SIGINT, None)
                except (RuntimeError, NotImplementedError, ValueError):
                    pass
                yield

    return Client


def shutdown_warm_kernel() -> None:
    """Stop this thread's warm kernel, if it has one."""
    kernel = getattr(_WARM, "kernel", None)
    if kernel is not None:
        kernel.shutdown()
        _WARM.kernel = None


@contextmanager
def _kernel_log(path: Path):
    """Send this process's stderr (and so the kernel's, which inherits it) to a log file in
    build/, so kernel chatter does not bury the progress bar and the report."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(path, "w", encoding="utf-8") as log:
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def _cell_message(err, executed: Path) -> str:
    """``cell N`` counts from 1 in the notebook as written (papermill's injected-parameters
    cell is not counted)."""
    evalue = str(err.evalue).strip().splitlines()[0] if str(err.evalue).strip() else ""
    first = next((ln for ln in (err.source or "").splitlines() if ln.strip()), "")
    number = err.cell_index + 1 - _injected_before(executed, err.cell_index)
    return (f"cell {number} ({first.strip()[:60]!r}) raised {err.ename}: {evalue} "
            f"(executed notebook: {executed})")


def _injected_before(executed: Path, index: int) -> int:
    try:
        cells = json.loads(executed.read_text(encoding="utf-8"))["cells"][:index]
    except (OSError, ValueError, KeyError):
        return 0
    return sum("injected-parameters" in c.get("metadata", {}).get("tags", []) for c in cells)


def _failed_copy(executed: Path) -> Path:
    return executed.with_name(f"{executed.stem}.failed.ipynb")


def _keep_failed(partial: Path, executed: Path) -> None:
    """Keep the failing notebook for inspection, beside the last good one."""
    if partial.exists():
        os.replace(partial, _failed_copy(executed))


def _publish(staged: Path, final: Path) -> None:
    """Swap the staged figure folder into place by renames; the old one goes only after."""
    final.parent.mkdir(parents=True, exist_ok=True)
    staged.mkdir(parents=True, exist_ok=True)
    old = None
    if final.exists():
        old = final.parent / f".old-{final.name}-{uuid.uuid4().hex[:8]}"
        os.replace(final, old)
    os.replace(staged, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _write_article_card(article: Article, figures_dir: Path) -> None:
    """``figures/<id>/article.json``: what the gallery says about the article."""
    _write_card(article.id, {"id": article.id, "label": article.label,
                             "source": _shown(article.source), **article.metadata}, figures_dir)


def _shown(source: str) -> str:
    """A source path as the gallery shows it: relative to the project when inside it, so
    committed cards do not name the machine they were made on."""
    try:
        return Path(source).resolve().relative_to(config.PROJ_ROOT).as_posix()
    except (ValueError, OSError):
        return source


def _write_set_card(name: str, articles: list[Article], figures_dir: Path) -> None:
    """``figures/<set id>/article.json`` for a set notebook's figures."""
    _write_card(name, {"id": name, "label": f"The {len(articles)} articles side by side",
                       "source": "; ".join(a.label for a in articles)}, figures_dir)


def _write_card(name: str, card: dict, figures_dir: Path) -> None:
    path = figures_dir / name / "article.json"
    text = json.dumps(card, indent=2, ensure_ascii=False) + "\n"
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    write_text_atomic(path, text)


def plan(paths=None, notebooks: list[str] | None = None, figures_dir: Path | None = None,
         build_dir: Path | None = None, notebooks_dir: Path | None = None,
         isolate: bool = False, sets: list[list] | None = None
         ) -> tuple[list[Task], list[Article], list[ArticleError], list[tuple[str, str]]]:
    """The (article, notebook) pairs to consider, the articles, the unreadable ones, and the
    set notebooks not drawn (notebook, why)."""
    figures_dir = Path(figures_dir or config.figures_dir())
    build_dir = Path(build_dir or config.BUILD_DIR)
    notebooks_dir = Path(notebooks_dir or config.NOTEBOOKS_DIR)
    have = available_notebooks(notebooks_dir)
    names = notebooks or have
    unknown = sorted(set(names) - set(have))
    if unknown:
        raise ValueError(f"no such notebook: {', '.join(unknown)} (there are: "
                         f"{', '.join(have)})")
    articles, errors, tasks, notes = [], [], [], []
    per_set = [nb for nb in names if is_set_notebook(notebooks_dir / f"{nb}.ipynb")]
    for item in iter_articles(paths):
        if isinstance(item, ArticleError):
            errors.append(item)
            continue
        articles.append(item)
        for nb in names:
            if nb in per_set:
                continue
            nb_path = notebooks_dir / f"{nb}.ipynb"
            tasks.append(Task(item.id, item.path, item.path.endswith(CORPUS_SUFFIXES), nb,
                              str(nb_path), task_key(item, nb_path, figures_dir),
                              str(figures_dir), str(build_dir), isolate=isolate))
    named = _named_sets(sets, articles)
    if len(articles) >= 2 or named:
        for nb in per_set:
            nb_path = notebooks_dir / f"{nb}.ipynb"
            groups = named or _stories(nb_path, articles)
            if not groups:
                notes.append((nb, f"{nb}: not drawn: {_no_story(articles)}"))
                continue
            for group in groups:
                reason = _not_drawn(nb_path, group)
                if reason:
                    notes.append((nb, f"{nb}: not drawn for these {len(group)} articles: "
                                      f"{reason}"))
                    continue
                key = hashlib.sha256("\0".join(task_key(a, nb_path, figures_dir)
                                               for a in group).encode()).hexdigest()
                members = tuple(dict.fromkeys(a.path for a in group))
                ids = tuple(a.id for a in group) if len(group) < len(articles) else ()
                tasks.append(Task(set_id(group), "", False, nb, str(nb_path), key,
                                  str(figures_dir), str(build_dir), members, isolate,
                                  ids=ids))
    return tasks, articles, errors, notes


def _named_sets(sets: list[list] | None, articles: list[Article]) -> list[list[Article]]:
    """The sets the user named (``run --set FILE...``), as groups of the run's articles."""
    groups = []
    for paths in sets or []:
        ids = {a.id for a in iter_articles(paths) if isinstance(a, Article)}
        group = [a for a in articles if a.id in ids]
        if len(group) < 2:
            raise ValueError(f"--set {' '.join(map(str, paths))}: a set needs two readable "
                             f"articles or more ({len(group)} found)")
        groups.append(group)
    return groups


def _stories(nb_path: Path, articles: list[Article]) -> list[list[Article]]:
    """The groups a set notebook runs on: every article given, or, for a notebook whose
    metadata says ``analysis.sets: stories`` (the comparison), each group of articles that
    tell the same story (:func:`analysis.compare.same_story`)."""
    try:
        meta = json.loads(nb_path.read_text(encoding="utf-8"))["metadata"].get("analysis", {})
    except (OSError, ValueError, KeyError):
        meta = {}
    if meta.get("sets") != "stories":
        return [articles] if len(articles) >= 2 else []
    from .compare import same_story

    return same_story(articles)


def _no_story(articles: list[Article]) -> str:
    from .compare import STORY_MAX_ARTICLES, STORY_SENTENCES, STORY_SIMILARITY

    if len(articles) > STORY_MAX_ARTICLES:
        return (f"{len(articles)} articles are more than {STORY_MAX_ARTICLES} to sort into "
                "stories; name the articles to compare with --set FILE...")
    return (f"no two of these {len(articles)} articles tell the same story (fewer than "
            f"{STORY_SENTENCES} sentences alike at a TF-IDF cosine of {STORY_SIMILARITY}); "
            "name articles to compare anyway with --set FILE...")


def _not_drawn(nb_path: Path, articles: list[Article]) -> str:
    """Why a set notebook has nothing to draw for these articles, or "" if it has: a notebook
    may say in its metadata (``analysis.needs``) which fields it draws on; it is drawn when
    at least two articles give one of them."""
    try:
        meta = json.loads(nb_path.read_text(encoding="utf-8"))["metadata"].get("analysis", {})
    except (OSError, ValueError, KeyError):
        return ""
    needs = meta.get("needs", [])
    if not needs:
        return ""
    given = sum(any(getattr(a, f, None) for f in needs) for a in articles)
    if given >= 2:
        return ""
    return (f"{meta.get('why', 'it draws on ' + ' and '.join(needs))}, and "
            f"{'only one article gives' if given == 1 else 'no article gives'} "
            f"{' or '.join(needs)} (add them in sidecars or corpus fields)")


def run(paths=None, notebooks: list[str] | None = None, jobs: int | None = None,
        force: bool = False, figures_dir: Path | None = None, build_dir: Path | None = None,
        notebooks_dir: Path | None = None, progress: bool = True, gallery: bool = True,
        isolate: bool = False, sets: list[list] | None = None) -> Report:
    """Run the notebooks for the articles; see the module's docstring. ``isolate``: a fresh
    kernel for every run (slower) instead of one warm kernel per job. ``sets``: lists of
    paths whose articles a set notebook takes as one set (they are run as articles too)."""
    started = time.perf_counter()
    if sets:
        given = [] if paths is None else [paths] if isinstance(paths, str | os.PathLike) \
            else list(paths)
        paths = given + [p for s in sets for p in s if p not in given]
    figures_dir = Path(figures_dir or config.figures_dir())
    tasks, articles, errors, notes = plan(paths, notebooks, figures_dir, build_dir,
                                          notebooks_dir, isolate, sets)
    report = Report(article_errors=errors, notes=[why for _, why in notes])
    for nb, _ in notes:  # figures drawn before from data that no longer support them
        shutil.rmtree(figures_dir / set_id(articles) / nb, ignore_errors=True)
    output_folder(figures_dir, ("index.html",))
    try:
        staging = _own_staging(figures_dir)
    except OSError as err:
        raise failed_write(err, figures_dir) from None
    todo = []
    for task in tasks:
        if not force and is_current(task):
            report.outcomes.append(Outcome(task.article_id, task.notebook, "skipped"))
        else:
            todo.append(replace(task, staging=str(staging)))
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(_groups(todo)) or 1))
    try:
        report.outcomes += _execute_all(todo, jobs, progress)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        try:
            staging.parent.rmdir()  # only when no other run is staging there
        except OSError:
            pass
    try:  # each file is written whole or not at all; a refusal is one line, not a traceback
        for article in articles:
            _write_article_card(article, figures_dir)
        for task in tasks:
            if task.members:  # the set's own articles, not every article of the run
                members = [a for a in articles if a.path in task.members
                           and (not task.ids or a.id in task.ids)]
                _write_set_card(task.article_id, members, figures_dir)
        if gallery:
            from .gallery import write_gallery

            write_gallery(figures_dir)
    except OSError as err:
        raise failed_write(err, figures_dir) from None
    report.seconds = time.perf_counter() - started
    return report


def _own_staging(figures_dir: Path) -> Path:
    """This run's staging folder, ``figures/.staging/run-<pid>-<id>``; the folders of runs
    whose process is gone (killed) are cleared, those of runs still going are left alone, so
    two runs into one figures folder never delete each other's work in progress."""
    root = figures_dir / STAGING
    own = root / f"run-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    for _ in range(3):  # another run may remove the empty root between the two mkdirs
        try:
            own.mkdir(parents=True)
            break
        except FileNotFoundError:
            continue
    for entry in root.iterdir():
        if entry == own:
            continue
        m = re.fullmatch(r"run-(\d+)-[0-9a-f]+", entry.name)
        if m and _alive(int(m.group(1))):
            continue
        shutil.rmtree(entry, ignore_errors=True)
    return own


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _worker_init() -> None:
    """Start a worker: import papermill once, without ``rfc3987_syntax``, which jsonschema
    loads (if installed) only to check the "iri" format that notebooks never use, and which
    takes over a second to import; jsonschema skips that check when the import fails."""
    import signal

    sys.modules.setdefault("rfc3987_syntax", None)
    die_with_parent()
    # Ctrl-C is the parent's to handle (it ends the workers): a worker that took it too would
    # spend seconds shutting its kernel and print the notebook library's tracebacks
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _ON_INTERRUPT[0] = signal.SIG_IGN
    import papermill  # noqa: F401


def execute_group(tasks: list[Task]) -> list[Outcome]:
    """One article's notebooks, one after another in this process's warm kernel, so its
    readings (:mod:`analysis.pipeline`) are computed once for all of them."""
    return [execute(task) for task in tasks]


def _groups(todo: list[Task]) -> list[list[Task]]:
    """The runs grouped by article (a set's notebooks together), in order."""
    groups: dict[str, list[Task]] = {}
    for task in todo:
        groups.setdefault(task.article_id, []).append(task)
    return list(groups.values())


def _execute_all(todo: list[Task], jobs: int, progress: bool) -> list[Outcome]:
    if not todo:
        return []
    from tqdm import tqdm

    bar = tqdm(total=len(todo), desc="notebooks", unit="run", disable=not progress,
               file=sys.stderr)
    outcomes = []
    try:
        if jobs == 1:
            with _interruptible():
                try:
                    for task in todo:
                        outcomes.append(execute(task))
                        if _INTERRUPTED.is_set():
                            raise KeyboardInterrupt
                        bar.update()
                finally:
                    shutdown_warm_kernel()
        else:
            pool = ProcessPoolExecutor(jobs, mp_context=get_context("spawn"),
                                       initializer=_worker_init)
            try:
                futures = {pool.submit(execute_group, g): g for g in _groups(todo)}
                for fut in as_completed(futures):
                    group = futures[fut]
                    try:
                        outcomes += fut.result()
                    except Exception as err:  # the worker process itself died
                        outcomes += [Outcome(t.article_id, t.notebook, "failed",
                                             f"worker process failed: {err!r}")
                                     for t in group]
                    bar.update(len(group))
            except BaseException:
                # Ctrl-C or a kill: stop now, not after the queued notebooks; the workers'
                # kernels end with their worker. SIGKILL: a worker running a notebook takes
                # SIGTERM as the notebook library's cue to shut its kernel and go on
                for process in list(getattr(pool, "_processes", {}).values()):
                    process.kill()
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            pool.shutdown()
    finally:
        bar.close()
    order = {(t.article_id, t.notebook): i for i, t in enumerate(todo)}
    return sorted(outcomes, key=lambda o: order[(o.article_id, o.notebook)])
