"""Dutch text analysis shared by the index definition, the synonym snippet and the query builder.

The engine does the real analysis (see `documents.py`); Python needs the stop word list to
clean synonym rules (the engine refuses a synonym rule whose words it would remove) and to
recognise a query made of stop words only, and defines the compound-splitting filters.
"""

from __future__ import annotations

import re
import unicodedata

# Lucene's Dutch stop words, the list behind the engine's `_dutch_` stop filter
# (org.apache.lucene.analysis.snowball dutch_stop.txt).
# fmt: off
DUTCH_STOPWORDS = frozenset([
    "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is",
    "was", "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of",
    "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je",
    "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u",
    "want", "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al",
    "waren", "veel", "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles",
    "onder", "ja", "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen",
    "ons", "zelf", "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest",
    "andere"
])
# fmt: on

# -- compound splitting ----------------------------------------------------------------------
# Dutch writes compounds as one word ("drugsafvaldumping", "horecavergunning"). Two filters
# split them, right after asciifolding:
#
# 1. `nl_decompounder`, at index time: OpenSearch's/Elasticsearch's `hyphenation_decompounder`
#    with a shipped Dutch word list (Debian's wdutch, OpenTaal, less the compounds of two of its
#    words) and Dutch hyphenation patterns (Debian's hyphen-nl), made and put in every node's
#    config directory by platform/opensearch/analysis-files.sh. Parts are only tried at
#    hyphenation points and must be words of the list; `no_sub_matches` and
#    `no_overlapping_matches` keep the longest non-overlapping parts, so
#    "arbeidsmigrantenhuisvesting" gives "arbeid", "migranten", "huisvesting" and not also
#    "vesting" or "ting". A page about "arbeidsmigrantenhuisvesting" is found by "huisvesting";
#    the cost: "haven" also finds "luchthaven". Not at search time: the parts of a query word
#    stand at one position and match as "any of them", so "drugsdumping" would find every page
#    with "drugs" (measured in bench/results/relevance.json). Off
#    (`SEARCH_COMPOUND_DICTIONARY = False`) on an engine whose nodes lack the files.
# 2. `nl_own_compounds`, at index and search time: a `dictionary_decompounder` with the editors'
#    own parts (the CompoundPart snippet, Snippets > Samenstellingen; the migration starts it
#    with the former hand-kept domain list): found anywhere inside a word, so the query
#    "drugsafvaldumping" finds pages about "drugsafval" and "dumping".
COMPOUND_DIR = "analysis"  # relative to the engine's config directory
COMPOUND_WORDS_FILE = f"{COMPOUND_DIR}/nl-compound-words.txt"
HYPHENATION_FILE = f"{COMPOUND_DIR}/nl-hyphenation.xml"
COMPOUND_FILTER = "nl_decompounder"
OWN_COMPOUND_FILTER = "nl_own_compounds"
MIN_PART = 4  # shorter parts ("tie", "ven") are noise
MAX_PART = 15
_NO_OP = {"type": "length", "min": 0}  # keeps the analyzer chain the same when a filter is off


def fold(word: str) -> str:
    """Lower case without accents, as the analyzer's asciifolding leaves a word."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def compound_filters(*, dictionary: bool, own_parts: list[str]) -> dict[str, dict]:
    """The two compound filters of the index settings, by name (see above)."""
    shipped = (
        {
            "type": "hyphenation_decompounder",
            "hyphenation_patterns_path": HYPHENATION_FILE,
            "word_list_path": COMPOUND_WORDS_FILE,
            "min_subword_size": MIN_PART,
            "max_subword_size": MAX_PART,
            "only_longest_match": True,
            "no_sub_matches": True,
            "no_overlapping_matches": True,
        }
        if dictionary
        else _NO_OP
    )
    words = sorted({fold(w) for w in own_parts if len(fold(w)) >= 3})
    own = (
        {
            "type": "dictionary_decompounder",
            "word_list": words,
            "min_subword_size": 3,
            "only_longest_match": True,
        }
        if words
        else _NO_OP
    )
    return {COMPOUND_FILTER: shipped, OWN_COMPOUND_FILTER: own}


MAX_SYNONYM_TERM_LENGTH = 80
_SPLIT_TERMS = re.compile(r"\s*[,\n;]\s*")
# Characters that mean something in the Solr synonym format (=>, #, \) or are noise.
_UNSAFE = re.compile(r"[^\w\s\-'&./]", re.UNICODE)


def synonym_terms(text: str) -> list[str]:
    """Split an editor's line ("xtc, mdma") into clean, lower-case terms, duplicates removed."""
    terms: list[str] = []
    for raw in _SPLIT_TERMS.split(text or ""):
        term = _UNSAFE.sub(" ", raw).strip().lower()
        term = re.sub(r"\s+", " ", term)[:MAX_SYNONYM_TERM_LENGTH]
        if term and term not in terms:
            terms.append(term)
    return terms


def synonym_rule(terms: list[str]) -> str | None:
    """A Solr-format equivalence rule for the engine's synonym_graph filter.

    Stop words are dropped from multi-word terms ("Regionaal Informatie- en Expertisecentrum"):
    the rule is analysed with the filters before the synonym filter, which include the stop
    filter, and the engine refuses a rule whose words disappear in that chain."""
    cleaned: list[str] = []
    for term in terms:
        words = [w for w in re.split(r"[\s\-/.]+", term) if w and w not in DUTCH_STOPWORDS]
        phrase = " ".join(w for w in (re.sub(r"[^\w&']", "", w) for w in words) if w)
        if phrase and phrase not in cleaned:
            cleaned.append(phrase)
    if len(cleaned) < 2:
        return None
    return ", ".join(cleaned)


_WORD = re.compile(r"\w+", re.UNICODE)


def query_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text or "")]


def only_stopwords(text: str) -> bool:
    """True when the query has words but every one of them is a stop word ("de het een")."""
    words = query_words(text)
    return bool(words) and all(w in DUTCH_STOPWORDS for w in words)
