"""Dutch text analysis shared by the index definition, the synonym snippet and the query builder.

The engine does the real analysis (see `documents.py`); Python only needs the stop word list
to clean synonym rules (the engine refuses a synonym rule whose words it would remove) and to
recognise a query made of stop words only.
"""

from __future__ import annotations

import re

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

# Parts of compound words in the domain of undermining crime. The dictionary decompounder
# splits a compound into these parts at index and at search time, so "drugsafvaldumping" finds
# texts about "drugsafval" and "dumping" and the other way round. Keep the list to words that
# are meaningful on their own: the decompounder finds parts anywhere inside a word, so a short
# part like "stal" would also split "installatie", "lab" "collaboratie" and "meth" "methode".
# ASCII only: the list is matched after the asciifolding filter.
# fmt: off
COMPOUND_PARTS = sorted({
    "drugs", "drugsafval", "afval", "dumping", "lozing", "xtc", "mdma", "amfetamine", "crystal",
    "cocaine", "heroine", "hennep", "cannabis", "wiet", "kwekerij", "kweek", "teelt", "plantage",
    "laboratorium", "productie", "precursor", "precursoren", "grondstof", "opslag", "loods",
    "schuur", "witwas", "witwassen", "geldstroom", "contant", "crypto", "fraude", "zorgfraude",
    "subsidie", "coronasteun", "uitbuiting", "arbeid", "arbeidsmigrant", "migrant", "mensenhandel",
    "handel", "smokkel", "prostitutie", "seks", "criminaliteit", "crimineel", "criminelen",
    "ondermijning", "ondermijnend", "motor", "motorbende", "bende", "vastgoed", "woning", "huur",
    "verhuur", "makelaar", "notaris", "horeca", "vergunning", "bibob", "integriteit", "toets",
    "onderzoek", "haven", "luchthaven", "logistiek", "knooppunt", "container", "transport",
    "vracht", "schiphol", "gemeente", "bestuur", "bestuurlijk", "burgemeester", "politie",
    "justitie", "belasting", "douane", "informatie", "expertise", "centrum", "samenwerking",
    "aanpak", "preventie", "signaal", "signalen", "melding", "weerbaarheid", "weerbaar",
    "ondernemer", "ondernemers", "agrariers", "boer", "boeren", "buitengebied", "platteland",
    "recreatie", "vakantiepark", "camping", "wapen", "wapens", "geweld", "explosie", "aanslag",
    "liquidatie", "intimidatie", "afpersing", "jongeren", "jeugd", "rekrutering", "ronselen",
    "straat", "dealer", "mensensmokkel", "drugslab", "geldezel",
    "ondermijningsbeeld"
})
# fmt: on

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
