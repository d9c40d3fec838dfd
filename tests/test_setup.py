"""The project's own files install and describe the same environment."""

import json
import re
import tomllib

import pytest
import yaml

from analysis import config


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    project = tomllib.loads((config.PROJ_ROOT / "pyproject.toml").read_text())["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    wanted |= {_name(r) for extra in project["optional-dependencies"].values() for r in extra}
    env = yaml.safe_load((config.PROJ_ROOT / "environment.yml").read_text())
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    assert conda == wanted
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip_section  # the project itself


def test_notebooks_are_committed_clean_parameterised_and_on_python3():
    notebooks = sorted(config.NOTEBOOKS_DIR.glob("*.ipynb"))
    assert notebooks
    for path in notebooks:
        nb = json.loads(path.read_text(encoding="utf-8"))
        assert nb["metadata"]["kernelspec"]["name"] == "python3", path.name
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), \
            f"{path.name} is committed with outputs"
        tagged = [c for c in code if "parameters" in c["metadata"].get("tags", [])]
        assert len(tagged) == 1, f"{path.name} needs exactly one cell tagged 'parameters'"
        params = "".join(tagged[0]["source"])
        assert "article_path" in params and "output_dir" in params
        assert "papermill" not in json.dumps(nb["metadata"]), "papermill timestamps committed"


def test_word_lists_say_what_they_are():
    for path in sorted(config.RESOURCES_DIR.glob("*.txt")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#"), f"{path.name} has no header comment"


def test_make_lab_passes_what_jupyter_needs_and_the_users_flags():
    import os
    import shutil
    import subprocess

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    # as a user types it, not as a sub-make of `make test` (which prints its directory)
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    done = subprocess.run(["make", "--no-print-directory", "-n", "lab",
                           "LAB_ARGS=--no-browser --port 8890"], cwd=config.PROJ_ROOT,
                          capture_output=True, text=True, check=True, env=env)
    command = [line for line in done.stdout.splitlines() if "jupyter lab" in line][-1]
    assert "jupyter lab notebooks" in command and command.endswith("--no-browser --port 8890")
    assert ("--allow-root" in command) == (os.getuid() == 0)


@pytest.mark.parametrize("command, says", [
    ("corpus", [".html", "people", "errors", "read_parquet"]),
    ("run", ["warm", "--isolate", "papermill"]),
    ("quotes", ["{jsonl,csv,table}", "default: jsonl"]),
    ("people", ["{jsonl,csv,table}", "default: jsonl"]),
    ("evaluate", ["PolNeAR", "structure"]),
    ("train", ["structure", "entities", "targets"]),
    ("fetch", ["sidecar", "default: 30.0"]),
])
def test_every_command_says_what_it_reads_and_writes(command, says, capsys):
    from analysis.__main__ import main

    with pytest.raises(SystemExit):
        main([command, "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert all(s in text for s in says), [s for s in says if s not in text]


def test_the_terminal_table_fits_100_columns_and_names_a_missing_speaker():
    import pandas as pd

    from analysis.__main__ import _terminal_table

    table = pd.DataFrame({"article": ["000_4af4ffcec279d627"], "kind": ["direct"],
                          "speaker": [None], "source_type": [None], "cue_verb": ["say"],
                          "verb_class": ["neutral"], "text": ["word " * 60]})
    lines = _terminal_table(table).splitlines()
    assert max(len(line) for line in lines) <= 100
    assert "(no speaker found)" in lines[1] and "NaN" not in "".join(lines)
    assert " ".join(" ".join(lines[1:]).split()).count("word") == 60  # wrapped, not cut


def test_the_command_line_imports_nltk_without_what_it_never_calls_and_nothing_is_lost():
    """The command line imports nltk without SciPy's statistics and scikit-learn (a second
    of every command's start): sentences still come out of Punkt, and both libraries still
    import afterwards, whole."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from analysis.imports import import_nltk_lightly\n"
        "import_nltk_lightly()\n"
        "print('nltk' in sys.modules)\n"
        "from analysis.text import segment\n"
        "print(len(segment('Mr. Smith went to Washington. He said so. It rained.')))\n"
        "print('scipy.stats' in sys.modules, 'sklearn' in sys.modules)\n"
        "import scipy.stats, sklearn.feature_extraction\n"
        "print(round(scipy.stats.fisher_exact([[8, 2], [1, 5]])[1], 4))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=config.PROJ_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    # (nltk is imported where sentences are first cut, not before)
    assert done.stdout.split("\n")[:4] == ["False", "3", "False False", "0.035"]


def test_the_reporting_verb_table_is_built_once_however_it_is_asked_for():
    from analysis.cues import verbs

    assert verbs(True) is verbs(beliefs=True)
    assert verbs() is verbs(False) is verbs(beliefs=False)
    assert "believes" in verbs(True) and "believes" not in verbs()
