"""Reading a session without recording: the embedded deck and the folded state."""

from __future__ import annotations

from pathlib import Path

from tabletop.core.deck.catalog import catalog_from_texts
from tabletop.core.deck.loader import load_deck_text
from tabletop.core.deck.model import Deck
from tabletop.core.engine.state import SessionState, fold
from tabletop.core.store import SessionFileError, read_snapshot

CATALOG_META = "catalog/"


def deck_from_meta(meta: dict[str, str], name: str) -> Deck:
    """The deck a session started from, with the catalog it embedded (``name`` for messages)."""
    texts = {
        key[len(CATALOG_META) :]: value
        for key, value in meta.items()
        if key.startswith(CATALOG_META)
    }
    try:
        catalog = catalog_from_texts(texts) if len(texts) == 3 else None
    except Exception as exc:  # a damaged embedded catalog: say so plainly
        raise SessionFileError(
            f"{name}: the channel catalog stored in the session cannot be read ({exc})"
        ) from None
    deck_text = meta.get("deck_text", "")
    result = load_deck_text(deck_text, f"{name} (embedded deck)", catalog=catalog, quick=True)
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
    meta = {k: v for k, v in snapshot.meta.items() if not k.startswith(CATALOG_META)}
    return deck, fold(deck, snapshot.events), meta
