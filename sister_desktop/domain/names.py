"""Personal names reduced to what identifies a person: no academic titles, punctuation or case.

Campus lists write "Prof. Dr. Ir. H. Ahmad Sutanto, M.Sc., Ph.D." where SISTER says
"AHMAD SUTANTO"; both must compare equal before a fuzzy score is worth anything. Indonesian
convention puts degrees after the first comma and honorifics/doctorates before the name, so the
normaliser drops everything after the first comma, known prefix titles, and trailing degree
tokens, then folds case, accents and punctuation. Pure standard library.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher

#: Titles written before the name (compared without dots, lowercase). Honorifics such as
#: Haji/Hajjah are included because campus lists carry them and SISTER usually does not.
PREFIX_TITLES: frozenset[str] = frozenset(
    {"prof", "dr", "drs", "dra", "ir", "h", "hj", "kh", "drg", "apt", "ns", "dipl", "ing"}
)

#: Degrees that also appear written without dots after the name ("Ahmad Sutanto MM").
SUFFIX_TITLES: frozenset[str] = frozenset(
    {
        # diploma and bachelor (D3/D4/S1)
        "amd", "amdkom", "amdkeb", "amdkep", "amdpd", "amk", "ba", "bsc", "lc",
        "sag", "sak", "sap", "sds", "se", "sfarm", "sfil", "sgz", "sh", "shi", "sikom", "sip",
        "skeb", "sked", "skep", "skg", "skm", "skom", "sn", "sp", "spd", "spdi", "spsi", "spt",
        "ss", "ssi", "ssn", "ssos", "sst", "sstp", "st", "sth", "sthi", "stp", "str", "sy",
        # master (S2) and professional
        "llm", "ma", "mag", "mak", "mars", "mba", "mbus", "mcom", "mcs", "meng", "mfarm",
        "mfil", "mgz", "mh", "mhi", "mhsc", "mhum", "mkeb", "mkep", "mkes", "mkm", "mkn",
        "mkom", "mm", "mmr", "mp", "mpd", "mpdi", "mph", "mphil", "mpp", "mpsi", "msc", "msi",
        "mt", "mtech", "mth", "apt", "ners", "ak", "ca", "cpa",
        # doctorate written after the name
        "phd", "dea", "drpd", "dreng",
    }
)  # fmt: skip

# A dotted degree such as "S.Kom." "Ph.D" "M.Pd.I" "Sp.PD": two or more short segments.
_DOTTED_DEGREE = re.compile(r"^(?:[a-z]{1,4}\.){1,4}[a-z]{1,4}\.?$")
_PARENTHESES = re.compile(r"\([^)]*\)?")
_APOSTROPHES = re.compile(r"['`´‘’]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _fold(text: str) -> str:
    """Lowercase and strip accents (``é`` -> ``e``), so spelling with or without them agrees."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _is_prefix_title(token: str) -> bool:
    """``dr.`` or a run written without spaces such as ``prof.dr.ir.``."""
    parts = [part for part in token.split(".") if part]
    return bool(parts) and all(part in PREFIX_TITLES for part in parts)


def _is_suffix_title(token: str) -> bool:
    bare = token.replace(".", "")
    return bare in SUFFIX_TITLES or (
        token.count(".") >= 1 and _DOTTED_DEGREE.match(token) is not None
    )


def _strip_titles(
    tokens: list[str], *, prefix: Callable[[str], bool], suffix: Callable[[str], bool]
) -> list[str]:
    """Drop titles at both ends while at least one token (the name itself) remains."""
    start, end = 0, len(tokens)
    while end - start > 1 and prefix(tokens[start]):
        start += 1
    while end - start > 1 and suffix(tokens[end - 1]):
        end -= 1
    return tokens[start:end]


def normalize_name(nama: str) -> str:
    """The comparable core of a name: lowercase ASCII words separated by single spaces.

    Idempotent; an input with nothing left but titles keeps its last word rather than
    becoming empty, so two different bare titles never compare equal by accident.
    """
    folded = _fold(nama)
    folded = _PARENTHESES.sub(" ", folded)
    head, _, _ = folded.partition(",")
    if not _NON_ALNUM.sub("", head):  # ", S.Kom" alone: keep what there is
        head = folded.replace(",", " ")
    raw = _strip_titles(head.split(), prefix=_is_prefix_title, suffix=_is_suffix_title)
    # Apostrophes join (Ma'ruf = Maruf); any other punctuation separates words.
    words = _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", " ".join(raw))).split()
    # A second pass over clean words catches titles glued on by punctuation ("Ahmad-MM").
    words = _strip_titles(
        words, prefix=lambda w: w in PREFIX_TITLES, suffix=lambda w: w in SUFFIX_TITLES
    )
    return " ".join(words)


def split_titles(nama: str) -> tuple[str, str, str]:
    """``(titles before, the name itself, titles after)`` as written, so that joining the three
    with single spaces gives the name back (spacing tidied). Everything from the first comma is
    "after"; at least one word always stays in the middle."""
    head, comma, tail = nama.partition(",")
    if not _NON_ALNUM.sub("", _fold(head)):
        head, comma, tail = nama, "", ""
    tokens = head.split()
    folded = [_fold(t) for t in tokens]
    start, end = 0, len(tokens)
    while end - start > 1 and _is_prefix_title(folded[start]):
        start += 1
    while end - start > 1 and _is_suffix_title(folded[end - 1]):
        end -= 1
    after = " ".join(tokens[end:])
    if comma:
        after = (after + ", " if after else ", ") + " ".join(tail.split())
    return " ".join(tokens[:start]), " ".join(tokens[start:end]), after.strip()


def _capitalised(word: str) -> str:
    """``muhammad-ali`` -> ``Muhammad-Ali``; ``ma'ruf`` -> ``Ma'ruf``."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def corrected_name(campus: str, sister: str) -> str:
    """SISTER's spelling of a name written the campus's way: the campus's titles kept, and
    its letter case ("Agus Putra Setiawen, S.Pt." with SISTER's "AGUS PUTRA SETIAWAN" gives
    "Agus Putra Setiawan, S.Pt."). A word both spell alike keeps the campus's writing."""
    before, core, after = split_titles(campus)
    theirs = split_titles(sister)[1].split()
    mine = core.split()
    if core.isupper():
        style: Callable[[str], str] = str.upper
    elif core.islower():
        style = str.lower
    else:
        style = _capitalised
    same = {_fold(word): word for word in mine}
    words = [same.get(_fold(word)) or style(word) for word in theirs]
    if before.strip() or after.strip():
        joined = " ".join(x for x in (before, " ".join(words)) if x)
        if after.startswith(","):
            return joined + after
        return " ".join(x for x in (joined, after) if x)
    return " ".join(words)


def token_sort_ratio(a: str, b: str, *, score_cutoff: float = 0.0) -> float:
    """Similarity 0..100 of two normalised names with their words sorted (order-insensitive).

    The standard-library default for :mod:`matching`; services pass RapidFuzz's
    ``fuzz.token_sort_ratio``, the same figure computed in C++ many times faster. Like
    RapidFuzz, a result below ``score_cutoff`` is returned as 0, which lets the cheap upper
    bounds of ``SequenceMatcher`` skip most hopeless pairs.
    """
    if a == b:
        return 100.0
    matcher = SequenceMatcher(
        None, " ".join(sorted(a.split())), " ".join(sorted(b.split())), autojunk=False
    )
    if score_cutoff > 0.0 and (
        matcher.real_quick_ratio() * 100.0 < score_cutoff
        or matcher.quick_ratio() * 100.0 < score_cutoff
    ):
        return 0.0
    score = matcher.ratio() * 100.0
    return score if score >= score_cutoff else 0.0
