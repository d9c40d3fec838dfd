"""Output folders that cannot take a run's results: one error, one line, and the results
already there left as they were."""

from __future__ import annotations

from pathlib import Path


class OutputError(OSError):
    """An output folder cannot take this run's results (busy, not a folder, not writable,
    full); the message says which, and the previous results are left as they were."""


def output_folder(path: Path, files: tuple[str, ...] = ()) -> Path:
    """Make sure ``path`` is a folder this process can write in (created if missing), and
    that none of ``files`` (names the run writes in it) is something other than a file;
    raise :class:`OutputError` naming what is in the way."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{path}: exists and is not a folder") from None
    except NotADirectoryError:
        raise OutputError(f"{path}: a part of this path is a file, not a folder") from None
    except OSError as err:
        raise OutputError(f"{path}: cannot write here ({err.strerror or err})") from None
    for name in files:
        target = path / name
        if target.exists() and not target.is_file():
            raise OutputError(f"{target}: is in the way (a folder or other non-file where "
                              "this run writes a file); move it and run again")
    return path


def failed_write(err: OSError, where: Path, what: str = "results") -> OutputError:
    """The one-line error for a write of ``what`` under ``where`` that the system refused."""
    return OutputError(f"{where}: cannot write the {what} ({err.strerror or err}"
                       f"{': ' + str(err.filename) if err.filename else ''}); the {what} "
                       "already there are unchanged")


def write_atomic(path: Path, write) -> None:
    """Write ``path`` whole or not at all: ``write(tmp)`` fills a hidden file beside it,
    which then replaces ``path`` in one rename; on any failure (a full disk) it is removed."""
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        # a temporary file is private (0600); a published one gets the mode any new file
        # gets here, so a shared or served figures folder can be read
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux:
    /proc/self/status), so no other thread ever sees it at 0."""
    import os

    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str) -> None:
    """:func:`write_atomic` for a UTF-8 text."""
    write_atomic(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
