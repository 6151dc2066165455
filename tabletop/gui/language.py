"""The interface's language: which one is chosen, its Qt catalogs, and the core's language.

Every text of the interface is written in English in the code and goes through
:func:`translate` (``QCoreApplication.translate``) with a context named after
the class it belongs to; ``pyside6-lupdate`` extracts them into
``tabletop/translations/tabletop_<language>.ts`` and ``pyside6-lrelease``
compiles those into the ``.qm`` files loaded here (see ``docs/translating.md``
and :mod:`tabletop.gui.qt_catalogs`). Texts kept in tables are marked with
``QT_TRANSLATE_NOOP(context, text)`` where they are defined and shown with
:func:`translated`.

The language is, in order: the ``TABLETOP_LANGUAGE`` environment variable (for
tests and screenshots), the one chosen in Preferences, the system's
(``vi_*`` → Vietnamese, ``ru_*`` → Russian, anything else English). At
start-up :func:`apply` loads the interface's catalog, Qt's own (so standard
dialogs and context menus match) and sets the core's language, so the
engine's messages in the console are in the same language.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tabletop.core import i18n
from tabletop.core.deck.translation import languages_of

SOURCE_LANGUAGE = "en"
# the languages the interface is written in, each by its own name
LANGUAGES = {"en": "English", "vi": "Tiếng Việt", "ru": "Русский"}
ENVIRONMENT = "TABLETOP_LANGUAGE"
SETTING = "interface/language"  # "" (or absent): follow the system
CATALOG = "tabletop"

translate = QCoreApplication.translate

_translators: list[QTranslator] = []
_current = SOURCE_LANGUAGE
_applied = False


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalog in ``context`` where a table defines it; :func:`translated`
    shows it in the interface's language where it is used."""
    return text


def translated(context: str, text: str, n: int = -1) -> str:
    """A text kept in a table (marked with ``QT_TRANSLATE_NOOP``) in the interface's language."""
    return QCoreApplication.translate(context, text, None, n)


def translations_dir() -> Path:
    """The folder of the interface's catalogs (``tabletop/translations``)."""
    return Path(__file__).resolve().parent.parent / "translations"


def known(code: str | None) -> str:
    """``vi``, ``ru`` or ``en`` for a language or locale name (``vi_VN``, ``ru-RU`` …);
    "" for one the interface is not written in."""
    found = i18n.normalise(code)
    return found if found in LANGUAGES else ""


def system_language() -> str:
    """The language the system's locale asks for, if the interface has it, else English."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = i18n.normalise(name)
        if code in LANGUAGES:
            return code
        if code and code not in ("c", "posix"):
            break  # the first language the system names decides
    return SOURCE_LANGUAGE


def preferred_language() -> str:
    """The language chosen in Preferences ("" means: follow the system)."""
    from tabletop.gui import settings

    return known(settings.load_text(SETTING))


def set_preferred_language(code: str) -> None:
    """Remember the interface's language ("" to follow the system)."""
    from tabletop.gui import settings

    settings.save_text(SETTING, known(code))


def environment_language() -> str:
    return known(os.environ.get(ENVIRONMENT, ""))


def chosen_language() -> str:
    """The language the interface starts in: environment, then Preferences, then the system."""
    return environment_language() or preferred_language() or system_language()


def current_language() -> str:
    """The language the interface's catalogs are loaded for."""
    return _current


def qt_catalog(code: str) -> Path | None:
    """Qt's own catalog for a language: tabletop's (Vietnamese, which Qt lacks) or Qt's."""
    ours = translations_dir() / f"qtbase_{code}.qm"
    if ours.is_file():
        return ours
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    theirs = folder / f"qtbase_{code}.qm"
    return theirs if theirs.is_file() else None


def _locale(code: str) -> QLocale:
    """The locale numbers, dates and standard dialogs follow for a language."""
    if code == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    if code == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    system = QLocale.system()
    if system.language() in (QLocale.Language.English, QLocale.Language.C):
        return system
    # English chosen on a system in another language: English words, metric paper
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def apply(code: str | None = None, *, catalogs: list[Path] | None = None) -> str:
    """Load the interface's catalogs for ``code`` (default: :func:`chosen_language`) and
    make it the core's language too; returns the language now in force.

    ``catalogs`` replaces the interface's own catalog (a pseudo-locale in tests);
    Qt's catalog for the language is loaded as well.
    """
    global _current, _applied
    app = QCoreApplication.instance()
    code = known(code) or chosen_language()
    for translator in _translators:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _translators.clear()
    if app is not None:
        files: list[Path] = []
        if code != SOURCE_LANGUAGE:
            qt = qt_catalog(code)
            if qt is not None:
                files.append(qt)
            more = translations_dir() / f"qtmore_{code}.qm"  # words Qt's catalog lacks
            if more.is_file():
                files.append(more)
        # English has a catalog too: the plural forms of "%n decision(s)"
        files.append(translations_dir() / f"{CATALOG}_{code}.qm")
        if catalogs is not None:
            files = [f for f in files if not f.name.startswith(CATALOG)] + list(catalogs)
        for path in files:
            translator = QTranslator(app)
            if translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                _translators.append(translator)
    QLocale.setDefault(_locale(code))
    i18n.set_default_language(code)
    _current = code
    _applied = app is not None
    return code


def ensure_applied() -> str:
    """Apply the chosen language once the application exists (later calls keep it)."""
    return _current if _applied else apply()


def language_name(code: str) -> str:
    """A language by its own name (``Tiếng Việt``), or its code when the app does not know it."""
    return LANGUAGES.get(code) or i18n.LANGUAGES.get(code) or code


# -- the language a class plays a deck in ------------------------------------------------


def play_languages(deck_path: Path, own: str) -> list[str]:
    """The languages a deck can be played in: its own, then those it has a translation in."""
    own = i18n.normalise(own) or SOURCE_LANGUAGE
    return [own, *(code for code in languages_of(deck_path) if code != own)]


def default_play_language(choices: list[str]) -> str:
    """The interface's language when the deck has it, else the deck's own."""
    current = current_language()
    return current if current in choices else choices[0]
