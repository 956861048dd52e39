"""Which words belong to which language, read from the Indonesian catalogue itself.

Per message of ``sister_desktop_id.ts``, a word of the source that its translation does not keep
is English, and a word of the translation that its source does not have is Indonesian. A word
both keep (an identifier, a file type, a glossary noun, or a mistake: "Pilih semua" left in an
English source) belongs to neither, so the catalogue alone cannot hide a mistake: the word is
caught where it is also used, or translated, anywhere else. A few very common words of each
language are added by hand, for a text that never went through the catalogue at all.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sister_desktop.texts.glossary import GLOSSARY

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
#: Ours, and our translation of Qt's own buttons (Cancel, Close, ...).
CATALOGUES = (I18N / "sister_desktop_id.ts", I18N / "qtbase_id.ts")

#: Function words no sentence of the other language contains.
ENGLISH_COMMON = frozenset(
    re.split(
        r"\s+",
        "the and of to in is are not with for from this that be by or was has have will can "
        "your you it its which when what who how there their been were would should could "
        "english",
    )
)
INDONESIAN_COMMON = frozenset(
    re.split(
        r"\s+",
        "yang dan di ke dari untuk tidak belum sudah dengan ini itu akan atau pada dalam ada "
        "semua oleh jika bisa dapat telah sedang masih lagi juga hanya agar karena",
    )
)

#: Words both languages use as they are (Indonesian offices say "password", "tab", "login").
SHARED = frozenset(
    re.split(
        r"\s+",
        "mode per program valid semester email web data status total format folder password "
        "username proxy sandbox demo tab endpoint operator desktop excel login authorize host "
        "production manual spreadsheet webservice developer basic multi-role sister-ws "
        # The names of the operating systems and their schedulers, in both.
        "windows linux systemd timer task scheduler",
    )
)

_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&[a-z]+;|&#\d+;")
_SKIP = re.compile(
    r"https?://\S+|[\w.+-]+@[\w.-]+|%[0-9n]|\S*[/\\]\S*[/\\]\S*|\S+\.(?:db|csv|xlsx|pdf|log)\b"
)
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")


def plain(text: str) -> str:
    """A shown text without its markup, mnemonics, addresses, paths and placeholders."""
    text = _TAG.sub(" ", text)
    text = _ENTITY.sub(" ", text)
    text = re.sub(r"&(?=\w)", "", text)
    return _SKIP.sub(" ", text)


def _glossary_pattern() -> re.Pattern[str]:
    phrases = sorted(GLOSSARY, key=len, reverse=True)
    return re.compile(
        r"(?<![\w])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])", re.IGNORECASE
    )


_GLOSSARY = _glossary_pattern()


def words(text: str) -> list[str]:
    """The words of a shown text that could be of either language: outside the glossary, not
    an acronym (NIP, SK, PDF), not an identifier (letters with digits or underscores)."""
    text = _GLOSSARY.sub(" ", plain(text))
    found = []
    for token in re.split(r"\s+", text):
        if not token or re.search(r"[\d_]", token.strip(".,;:!?()[]{}\"'«»…·—–-")):
            continue
        for word in _WORD.findall(token):
            if len(word) < 2 or (word.isupper() and len(word) <= 6):
                continue
            word = re.sub(r"['’]s$", "", word)
            found.append(word.casefold())
    return found


@dataclass(frozen=True)
class Vocabularies:
    english: frozenset[str]
    indonesian: frozenset[str]
    #: Words a message keeps as they are in its translation and that no English source uses
    #: otherwise: Indonesian left in an English source ("Remember password (Ingat kata
    #: sandi)"), unless both languages say them so (``SHARED``).
    kept: frozenset[str] = frozenset()

    def foreign(self, text: str, language: str) -> list[str]:
        """The words of ``text`` that belong to the other language than ``language``."""
        if language == "en":
            other = (self.indonesian | INDONESIAN_COMMON | self.kept) - self.english - SHARED
        else:
            other = (self.english | ENGLISH_COMMON) - self.indonesian - SHARED
        return [w for w in words(text) if w in other]


def _catalogue_words(text: str | None) -> set[str]:
    return set(words(text or ""))


@cache
def vocabularies() -> Vocabularies:
    english: set[str] = set()
    indonesian: set[str] = set()
    kept: set[str] = set()
    messages = [m for c in CATALOGUES for m in ET.parse(c).getroot().iter("message")]
    for message in messages:
        source = _catalogue_words(message.findtext("source"))
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        text = " ".join(f.text or "" for f in forms) if forms else message.findtext("translation")
        translated = _catalogue_words(text)
        english |= source - translated
        indonesian |= translated - source
        kept |= source & translated
    both = english & indonesian
    return Vocabularies(
        frozenset(english - both), frozenset(indonesian - both), frozenset(kept - english)
    )
