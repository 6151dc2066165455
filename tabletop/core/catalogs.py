"""The core's message catalogs: extracted from the code with Babel, merged into each language.

``python -m tabletop.core.catalogs`` extracts every message of ``tabletop/core``
and of the team pages' server, ``tabletop/teamnet`` (keywords ``_``,
``ngettext:1,2``, ``pgettext:1c,2``, ``npgettext:1c,2,3``, ``N_``) into
``tabletop/locale/tabletop.pot`` and merges it into every
``tabletop/locale/<language>/LC_MESSAGES/tabletop.po``: a new message is added
untranslated, a message gone from the code is dropped. ``--check`` changes
nothing and exits 1 if the catalogs are not current or a translation is
missing. The same is done with ``pybabel`` (see docs/translating.md).
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from tabletop.core.i18n import DOMAIN, locale_dir

KEYWORDS: dict[str, tuple[int | tuple[int, str], ...] | None] = {
    "_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "N_": None,
}
COMMENT_TAGS = ("Translators:",)
HEADER = (
    "Messages of tabletop's core and team pages: reports, cards, comparisons, console "
    "messages and what team devices show."
)


def source_dir() -> Path:
    """The core's code: ``tabletop/core``."""
    return Path(__file__).resolve().parent


def source_dirs() -> list[Path]:
    """The code whose messages the catalogs hold: the core, and the team pages' server
    (``tabletop/teamnet``), which speaks to students in the session's language."""
    core = source_dir()
    return [core, core.parent / "teamnet"]


def template_path() -> Path:
    return locale_dir() / f"{DOMAIN}.pot"


def languages() -> list[str]:
    """The languages with a catalog in the repository."""
    return sorted(p.parent.parent.name for p in locale_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def extract() -> Catalog:
    """Every message the core's code marks for translation, with where it is used."""
    catalog = Catalog(
        project="tabletop",
        domain=DOMAIN,
        header_comment=f"# {HEADER}\n#",
        charset="utf-8",
        fuzzy=False,
    )
    root = source_dir().parent.parent
    for folder in source_dirs():
        for filename, lineno, message, comments, context in extract_from_dir(
            folder,
            method_map=[("**.py", "python")],
            keywords=KEYWORDS,
            comment_tags=COMMENT_TAGS,
            strip_comment_tags=True,
        ):
            path = (folder / filename).relative_to(root).as_posix()
            catalog.add(message, None, [(path, lineno)], auto_comments=comments, context=context)
    return catalog


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, sort_output=False, include_lineno=True)
    return out.getvalue()


def _keys(catalog: Catalog) -> set[tuple[str, str | None]]:
    return {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in catalog if m.id}


def read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def problems() -> list[str]:
    """What is not current: messages missing from the template or a catalog, messages left
    in a catalog that the code no longer has, and untranslated or fuzzy entries."""
    found: list[str] = []
    code = extract()
    wanted = _keys(code)
    template = read(template_path()) if template_path().is_file() else Catalog()
    for key in sorted(wanted - _keys(template), key=str):
        found.append(f"{template_path().name}: missing {key[0]!r}")
    for language in languages():
        path = locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        catalog = read(path, language)
        have = _keys(catalog)
        for key in sorted(wanted - have, key=str):
            found.append(f"{language}: missing {key[0]!r}")
        for key in sorted(have - wanted, key=str):
            found.append(f"{language}: obsolete {key[0]!r}")
        for message in catalog:
            if not message.id:
                continue
            msgid = message.id if isinstance(message.id, str) else message.id[0]
            raw = message.string
            strings = tuple(raw) if isinstance(raw, (tuple, list)) else (raw,)
            if message.fuzzy:
                found.append(f"{language}: fuzzy {msgid!r}")
            elif not all(s and s.strip() for s in strings):
                found.append(f"{language}: untranslated {msgid!r}")
    return found


def _write(path: Path, data: bytes) -> None:
    """Write a catalog unless only its creation date would change (no churn in the history)."""

    def body(text: bytes) -> list[bytes]:
        return [line for line in text.splitlines() if not line.startswith(b'"POT-Creation-Date')]

    if path.is_file() and body(path.read_bytes()) == body(data):
        return
    path.write_bytes(data)


def update() -> None:
    """Write the template and merge it into every language's catalog."""
    code = extract()
    template_path().parent.mkdir(parents=True, exist_ok=True)
    _write(template_path(), _po_bytes(code))
    for language in languages():
        path = locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        catalog = read(path, language)
        catalog.update(code, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        _write(path, _po_bytes(catalog))


def init(language: str) -> Path:
    """Start the catalog of a new language from the template."""
    code = extract()
    path = locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if path.exists():
        raise FileExistsError(f"{path} exists; run without --init to update it")
    catalog = Catalog(locale=language, domain=DOMAIN, project="tabletop", fuzzy=False)
    catalog.update(code, no_fuzzy_matching=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_po_bytes(catalog))
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tabletop.core.catalogs", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    parser.add_argument("--init", metavar="LANGUAGE", help="start the catalog of a new language")
    args = parser.parse_args(argv)
    if args.init:
        print(init(args.init))
        return 0
    if args.check:
        found = problems()
        for line in found:
            print(line, file=sys.stderr)
        return 1 if found else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
