"""What a word says about a person: is it a first name, which gender does it tie a person to,
is it a place.

Data, read once: ``resources/first_names.csv`` (US Social Security baby-name counts, public
domain; see its header and ``tools/build_first_names.py``), ``resources/gender_words.csv``
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


def first_name_gender(word: str) -> str:
    """``female`` or ``male`` when the first name clearly belongs to one sex, else
    ``unknown``."""
    counts = _first_names().get(fold(word))
    if not counts or sum(counts) < FIRST_NAME_MIN_BIRTHS:
        return "unknown"
    female, male = counts
    share = female / (female + male)
    if share >= FIRST_NAME_GENDER_SHARE:
        return "female"
    if share <= 1 - FIRST_NAME_GENDER_SHARE:
        return "male"
    return "unknown"


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


def is_place(phrase: str) -> bool:
    """True when the whole phrase names a place ("Florida", "New York", "the United
    States")."""
    words = phrase.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and " ".join(fold(w) for w in words) in places()
