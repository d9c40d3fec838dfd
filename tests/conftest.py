import json
from pathlib import Path

import pytest
from hypothesis import settings

from analysis import config

# Every property test searches the same examples on every machine and keeps none between runs:
# a test that passes here passes on a clean clone, and one that fails, fails everywhere (a
# test's own @settings may bound the search further; no test asserts a time)
settings.register_profile("same-everywhere", derandomize=True, database=None, deadline=None,
                          print_blob=False)
settings.load_profile("same-everywhere")

SHARED = config.PROJ_ROOT.parent / "shared"
SEED_000 = config.SEEDS_DIR / "000_4af4ffcec279d627.txt"
SEED_004 = config.SEEDS_DIR / "004_94c59d239a6fac52.txt"


@pytest.fixture(scope="session")
def gold_file() -> dict:
    path = SHARED / "gold" / "seeds.json"
    if not path.exists():
        pytest.skip("../shared/gold/seeds.json is not beside the project")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold(gold_file) -> dict:
    """The seeds' gold annotations, by article id."""
    return gold_file["articles"]


@pytest.fixture(scope="session")
def comparisons(gold_file) -> dict:
    """What the gold says differs between the seeds (differences, frames, sourcing)."""
    return gold_file["comparisons"]


@pytest.fixture
def write(tmp_path: Path):
    """write(name, content) -> path: a file in a scratch folder (bytes or text)."""

    def _write(name: str, content) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
