"""The language of what the core writes for people: reports, cards, messages, log lines.

English is the source language: every message is written in English in the
code and needs no catalog. Other languages come from gettext catalogs,
``tabletop/locale/<language>/LC_MESSAGES/tabletop.po``, extracted with Babel
(keywords ``_``, ``ngettext:1,2``, ``pgettext:1c,2``, ``npgettext:1c,2,3``
and ``N_``). A ``.po`` is compiled with Babel the first time it is used and
the compiled form kept in the user cache folder under the ``.po``'s digest,
so nothing compiled is kept in the repository.

The language in force is held in a :class:`contextvars.ContextVar`, so a
report can be written in one language while the app runs in another::

    set_default_language("ru")          # the app's own language, at start-up
    with language("vi"):                 # this report in Vietnamese
        model = build_report(...)

Numbers, percentages, dates and lists are written with Babel in the
language in force (:func:`format_number`, :func:`format_percent`,
:func:`format_date`, :func:`format_list`), never by hand.
"""

from __future__ import annotations

import contextvars
import datetime as _dt
import gettext as _gettext
import io
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Literal

from tabletop.core.digest import sha256

SOURCE_LANGUAGE = "en"
DOMAIN = "tabletop"
# the languages the core's catalogs are written in, with their own names
LANGUAGES = {"en": "English", "vi": "Tiếng Việt", "ru": "Русский"}

_default = SOURCE_LANGUAGE
_current: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "tabletop_language", default=None
)
_installed: dict[str, _gettext.NullTranslations] = {}


def locale_dir() -> Path:
    """The folder of the core's catalogs (``tabletop/locale``), in a checkout or installed."""
    return Path(__file__).resolve().parent.parent / "locale"


def catalog_path(code: str) -> Path:
    return locale_dir() / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def available_languages() -> list[str]:
    """English and every language the core has a catalog for."""
    found = [SOURCE_LANGUAGE]
    folder = locale_dir()
    if folder.is_dir():
        found += sorted(p.parent.parent.name for p in folder.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return found


def normalise(code: str | None) -> str:
    """``vi``, ``ru``, ``en`` from ``vi_VN``, ``ru-RU``, ``en_GB.UTF-8`` …; "" for nothing."""
    if not code:
        return ""
    return code.split(".")[0].replace("-", "_").split("_")[0].lower()


# -- which language is in force ------------------------------------------------------------


def set_default_language(code: str | None) -> None:
    """The language used where no :func:`language` block says otherwise (the app's own)."""
    global _default
    _default = normalise(code) or SOURCE_LANGUAGE


def current_language() -> str:
    """The language in force here."""
    return _current.get() or _default


@contextmanager
def language(code: str | None) -> Iterator[str]:
    """Write in ``code`` inside the block (``None`` or "" keeps the language in force)."""
    chosen = normalise(code) or current_language()
    token = _current.set(chosen)
    try:
        yield chosen
    finally:
        _current.reset(token)


# -- catalogs ----------------------------------------------------------------------------------


def install(code: str, translations: _gettext.NullTranslations) -> None:
    """Use ``translations`` for ``code`` (a catalog made elsewhere, e.g. a pseudo-locale)."""
    _installed[normalise(code)] = translations


def uninstall(code: str) -> None:
    _installed.pop(normalise(code), None)


def compile_po(po_bytes: bytes, code: str) -> bytes:
    """A ``.po``'s text compiled to ``.mo`` bytes with Babel."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(po_bytes), locale=code, domain=DOMAIN)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _cache_folder() -> Path | None:
    try:
        from tabletop.core import paths

        return paths.user_cache_dir() / "locale"
    except Exception:  # no cache folder: compile in memory
        return None


@cache
def _load(code: str) -> _gettext.NullTranslations:
    """The compiled catalog of ``code``, from the cache folder when it is current."""
    po = catalog_path(code)
    try:
        po_bytes = po.read_bytes()
    except OSError:
        return _gettext.NullTranslations()
    digest = sha256(po_bytes).hexdigest()[:16]
    folder = _cache_folder()
    cached = folder / f"{DOMAIN}_{code}_{digest}.mo" if folder is not None else None
    mo: bytes | None = None
    if cached is not None:
        try:
            mo = cached.read_bytes()
        except OSError:
            mo = None
    if mo is None:
        mo = compile_po(po_bytes, code)
        if cached is not None:
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                temp = cached.with_suffix(f".{os.getpid()}.tmp")
                temp.write_bytes(mo)
                os.replace(temp, cached)
            except OSError:  # a cache folder we cannot write only costs time
                pass
    try:
        return _gettext.GNUTranslations(io.BytesIO(mo))
    except (OSError, ValueError):
        return _gettext.NullTranslations()


def translations(code: str | None = None) -> _gettext.NullTranslations:
    """The catalog of ``code`` (default: the language in force); English has none."""
    code = normalise(code) or current_language()
    if code in _installed:
        return _installed[code]
    if code == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    return _load(code)


# -- messages ----------------------------------------------------------------------------------


def _(message: str) -> str:
    """``message`` in the language in force."""
    return translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` things, by the plural rules of the language in force
    (English two forms, Russian three, Vietnamese one)."""
    return translations().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the sense ``context`` gives it ("open" a channel status, not a verb)."""
    return translations().pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return translations().npgettext(context, singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for extraction where it is defined; :func:`_` translates it when used."""
    return message


# -- numbers, dates and lists --------------------------------------------------------------------


def babel_locale(code: str | None = None) -> str:
    """The Babel locale of a language (English for one Babel does not know)."""
    code = normalise(code) or current_language()
    return _known_locale(code)


@cache
def _known_locale(code: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return SOURCE_LANGUAGE
    return code


def format_number(value: float) -> str:
    """``1,234`` / ``1.234`` / ``1 234``, as the language writes numbers."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=babel_locale())


def format_percent(share: float, *, below_one: bool = False) -> str:
    """A share (0–1) as a whole percentage; ``below_one`` writes "<1 %" instead of "0 %"."""
    from babel.numbers import format_percent as babel_percent

    code = babel_locale()
    # English keeps the space before the sign the report has always printed
    pattern = "#,##0\u00a0%" if code == SOURCE_LANGUAGE else None
    if below_one:
        return "<" + babel_percent(0.01, format=pattern, locale=code).replace("\u00a0", " ")
    return babel_percent(round(share, 2), format=pattern, locale=code).replace("\u00a0", " ")


def _as_date(value: _dt.date | _dt.datetime | str) -> _dt.date | None:
    if isinstance(value, _dt.datetime):
        return value.astimezone(_dt.timezone.utc).date() if value.tzinfo else value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def format_date(value: _dt.date | _dt.datetime | str, style: str = "long") -> str:
    """A date as the language writes it: ``24 November 2026``, ``24 tháng 11, 2026``,
    ``24 ноября 2026 г.``; ``short`` gives day and month only. A text that is not an ISO
    date (``YYYY-MM-DD``) is returned as it is."""
    from babel.dates import format_date as babel_date
    from babel.dates import format_skeleton

    day = _as_date(value)
    if day is None:
        return str(value)
    code = babel_locale()
    if style == "short":
        if code == SOURCE_LANGUAGE:
            return babel_date(day, "d MMM", locale=code)
        return format_skeleton("MMMd", day, locale=code)
    if code == SOURCE_LANGUAGE:
        return babel_date(day, "d MMMM y", locale=code)
    return babel_date(day, format="long", locale=code)


def format_list(items: Iterable[str], style: Literal["standard", "or"] = "standard") -> str:
    """``A``, ``A and B``, ``A, B and C`` (``style="or"``: ``A or B``) in the language in force."""
    from babel.lists import format_list as babel_list

    listed = [str(i) for i in items]
    if not listed:
        return ""
    code = babel_locale()
    text = babel_list(listed, style=style, locale=code)
    if code == SOURCE_LANGUAGE and len(listed) > 2:
        # the report writes "a, b and c", without the serial comma Babel's English has
        text = text.replace(f", and {listed[-1]}", f" and {listed[-1]}").replace(
            f", or {listed[-1]}", f" or {listed[-1]}"
        )
    return text
