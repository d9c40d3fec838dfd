"""Build ``analysis/resources/world_first_names.csv`` from the World Gender-Name Dictionary 1.0
(WIPO; Martinez, Raffo & Saito 2016; CC0), file ``wgnd-1.0-noctry.csv`` in ``../shared/names``:
the names with no gender conflict between the 173 countries that record them.

    .venv/bin/python tools/build_world_names.py ../shared/names/wgnd-1.0-noctry.csv

Names are folded as the package folds words (lower case, no accents); a name that folds to
both genders is left out; only single words are kept (a first name is read one word at a time).
Nothing here runs at analysis time: the package reads only the CSV this writes.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from analysis.names import fold  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "analysis" / "resources" / "world_first_names.csv"
HEADER = """\
# First names and the gender they carry in every country that records them: the World
# Gender-Name Dictionary 1.0 (Martinez, Raffo & Saito 2016, WIPO Economic Research Working
# Paper 33; CC0, doi:10.7910/DVN/YPRQH8), its file of names with no gender conflict between
# countries (wgnd_noctry.csv, 177,042 names from 173 countries). Folded (lower case, no
# accents), single words only, names folding to both genders left out, by
# tools/build_world_names.py. A name missing here may still be a name used for both sexes.
"""


def main(source: str) -> None:
    genders: dict[str, set[str]] = {}
    with open(source, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = row["name"].strip()
            if not name or " " in name or row["gender"] not in {"F", "M"}:
                continue
            genders.setdefault(fold(name), set()).add(row["gender"])
    kept = sorted((n, g.pop()) for n, g in genders.items() if len(g) == 1 and n.isalpha())
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        f.write("name,gender\n")
        for name, g in kept:
            f.write(f"{name},{g}\n")
    print(f"{len(kept)} names → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/names/wgnd-1.0-noctry.csv")
