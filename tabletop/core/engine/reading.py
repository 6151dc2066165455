"""Reading a session without recording: the embedded deck and the folded state."""

from __future__ import annotations

from pathlib import Path

from tabletop.core.deck.catalog import catalog_from_texts
from tabletop.core.deck.loader import load_deck_text
from tabletop.core.deck.model import Deck
from tabletop.core.deck.translation import read_translation
from tabletop.core.engine.state import SessionState, fold
from tabletop.core.store import SessionFileError, read_snapshot

CATALOG_META = "catalog/"
TRANSLATION_META = "translation/"


def deck_from_meta(meta: dict[str, str], name: str) -> Deck:
    """The deck a session started from, with the catalog it embedded (``name`` for messages).

    A session played in a translation embedded it too: the deck comes back in that
    language.
    """
    texts = {
        key[len(CATALOG_META) :]: value
        for key, value in meta.items()
        if key.startswith(CATALOG_META)
    }
    translations = {
        key[len(TRANSLATION_META) :]: value
        for key, value in meta.items()
        if key.startswith(TRANSLATION_META)
    }
    deck_translation = translations.pop("deck", "")
    try:
        catalog = catalog_from_texts(texts, translations) if len(texts) == 3 else None
    except Exception as exc:  # a damaged embedded catalog: say so plainly
        raise SessionFileError(
            f"{name}: the channel catalog stored in the session cannot be read ({exc})"
        ) from None
    translation = read_translation(deck_translation) if deck_translation else None
    if translation is not None and translation.errors:
        translation = None  # a damaged translation: play on in the deck's own words
    deck_text = meta.get("deck_text", "")
    result = load_deck_text(
        deck_text,
        f"{name} (embedded deck)",
        catalog=catalog,
        quick=True,
        translation=translation,
    )
    if result.deck is None:
        first = result.errors[0].format() if result.errors else "unknown problem"
        raise SessionFileError(f"{name}: the deck stored in the session cannot be read: {first}")
    return result.deck


def open_state(path: Path) -> tuple[Deck, SessionState, dict[str, str]]:
    """Read a session file without recording (reports, listings): deck, state, details.

    Works on a session that is open in another window too (a read-only snapshot).
    """
    snapshot = read_snapshot(Path(path))
    deck = deck_from_meta(snapshot.meta, Path(path).name)
    meta = {
        k: v for k, v in snapshot.meta.items() if not k.startswith((CATALOG_META, TRANSLATION_META))
    }
    return deck, fold(deck, snapshot.events), meta
