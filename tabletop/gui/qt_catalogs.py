"""The interface's Qt catalogs: extracted with ``pyside6-lupdate``, compiled by ``lrelease``.

``tabletop/translations/`` holds, for each language, the catalog translators
edit (``tabletop_vi.ts``, ``tabletop_ru.ts``; ``tabletop_en.ts`` holds only
the English plural forms) and its compiled form (``.qm``), which the app
loads. Qt has no Vietnamese catalog of its own, so ``qtbase_vi.ts`` gives the
words of Qt's standard dialogs and menus in Vietnamese; Russian uses the
``qtbase_ru.qm`` that comes with Qt, with the few words it lacks in
``qtmore_ru.ts``::

    python -m tabletop.gui.qt_catalogs            # catalogs brought up to date, .qm compiled
    python -m tabletop.gui.qt_catalogs --check    # exit 1: stale, unfinished or not compiled
    python -m tabletop.gui.qt_catalogs --init xx  # a new language's catalog

The compiled ``.qm`` files are kept in the repository beside their ``.ts``;
the tests check that they are what ``pyside6-lrelease`` makes of them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent  # tabletop/
GUI = PACKAGE / "gui"
FOLDER = PACKAGE / "translations"
CATALOG = "tabletop"
LANGUAGES = ("vi", "ru")  # the translated languages (English is the source)
QT_OWN = ("vi",)  # languages Qt has no catalog for: tabletop ships qtbase_<code>.ts
# languages whose Qt catalog lacks words Qt now shows (the file dialog's "&Look in:"):
# tabletop ships them in qtmore_<code>.ts, loaded over Qt's
QT_MORE = ("ru",)


def tool(name: str) -> str:
    """The path of Qt's ``lupdate`` or ``lrelease`` as PySide6 ships it."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} is not installed (it comes with PySide6)")
    return found


def sources() -> list[Path]:
    """Every Python file of the interface, in a fixed order."""
    return sorted(GUI.rglob("*.py"))


def ts_path(code: str, catalog: str = CATALOG) -> Path:
    return FOLDER / f"{catalog}_{code}.ts"


def qm_path(ts: Path) -> Path:
    return ts.with_suffix(".qm")


def all_catalogs() -> list[Path]:
    """Every .ts of the folder: the interface's in each language, and Qt's own we ship."""
    found = [ts_path("en"), *(ts_path(code) for code in LANGUAGES)]
    found += [ts_path(code, "qtbase") for code in QT_OWN]
    found += [ts_path(code, "qtmore") for code in QT_MORE]
    return found


def _run(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed: {done.stderr or done.stdout}")
    return done.stdout + done.stderr


# the plural forms of each language (Qt's rules: English 2, Vietnamese 1, Russian 3)
PLURAL_FORMS = {"en": 2, "vi": 1, "ru": 3}


def lupdate(target: Path) -> str:
    """The texts of the code, extracted by ``pyside6-lupdate`` into a new .ts ``target``."""
    command = [
        tool("lupdate"),
        *(str(p) for p in sources()),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
    ]
    return _run([*command, "-ts", str(target)])


def extract(target: Path, code: str, *, plurals_only: bool = False) -> str:
    """Bring ``target`` (a .ts) up to date with the code: new texts added (unfinished),
    vanished ones dropped, the translations of the texts that stay kept.

    ``pyside6-lupdate`` finds the texts. Its Python reader marks a text as plural only
    when the count is written as a number, and merging a catalog it would fold the
    plural forms of a text it did not mark into one; so every text with ``%n`` is
    taken as plural here, and the translations are carried over here too.
    """
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        report = lupdate(fresh)
        _language, found = read_catalog(fresh)
    kept = {m.key: m for m in read_catalog(target)[1]} if target.is_file() else {}
    forms = PLURAL_FORMS.get(code, 2)
    messages = []
    for message in found:
        numerus = "%n" in message.source
        if plurals_only and not numerus:
            continue
        old = kept.get(message.key)
        wanted = forms if numerus else 1
        if old is not None and old.numerus == numerus and len(old.translations) == wanted:
            translations, state = old.translations, old.state
        else:
            translations, state = ("",) * wanted, "unfinished"
        messages.append(
            Message(
                message.context,
                message.source,
                message.comment,
                numerus,
                translations,
                state,
                message.extracomment,
            )
        )
    write_catalog(target, code, messages)
    added = sum(m.key not in kept for m in messages)
    return f"{report.strip()}\n{target.name}: {len(messages)} texts, {added} new"


def _xml(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def write_catalog(target: Path, code: str, messages: list[Message]) -> None:
    """A .ts file as Qt Linguist writes one (contexts in order, one message after another)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{code}" sourcelanguage="en">',
    ]
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_xml(context)}</name>"]
        for message in by_context[context]:
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            lines.append(f"        <source>{_xml(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{_xml(message.comment)}</comment>")
            if message.extracomment:
                lines.append(f"        <extracomment>{_xml(message.extracomment)}</extracomment>")
            state = f' type="{message.state}"' if message.state else ""
            if message.numerus:
                lines.append(f"        <translation{state}>")
                for form in message.translations:
                    lines.append(f"            <numerusform>{_xml(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                text = message.translations[0] if message.translations else ""
                lines.append(f"        <translation{state}>{_xml(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def compile_catalog(ts: Path, qm: Path | None = None) -> Path:
    """Compile a .ts into its .qm (beside it unless told otherwise)."""
    target = qm or qm_path(ts)
    _run([tool("lrelease"), "-silent", str(ts), "-qm", str(target)])
    return target


def update() -> None:
    """Every catalog brought up to date with the code, and compiled."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    print(extract(ts_path("en"), "en", plurals_only=True))
    for code in LANGUAGES:
        print(extract(ts_path(code), code))
    for ts in all_catalogs():
        if ts.is_file():
            compile_catalog(ts)
            print(f"compiled {qm_path(ts).relative_to(PACKAGE.parent)}")


# -- reading a catalog ---------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    """One entry of a .ts: where it is used, its English, its translation(s) and state."""

    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    state: str  # "" (finished), "unfinished", "obsolete", "vanished"
    extracomment: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_catalog(ts: Path) -> tuple[str, list[Message]]:
    """A .ts file's language and its messages."""
    root = ET.parse(ts).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            state = ""
            if translation is not None:
                state = translation.get("type", "")
                numerus = translation.findall("numerusform")
                forms = (
                    tuple(f.text or "" for f in numerus) if numerus else (translation.text or "",)
                )
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    translations=forms,
                    state=state,
                    extracomment=message.findtext("extracomment") or "",
                )
            )
    return root.get("language", ""), messages


# -- checking --------------------------------------------------------------------------------


def problems(*, compare_code: bool = True) -> list[str]:
    """What is wrong with the catalogs, in words (empty when all is well): texts of the code
    missing from a catalog or left in it, unfinished entries, .qm files not current."""
    found: list[str] = []
    if compare_code:
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / "fresh.ts"
            lupdate(fresh)
            in_code = {m.key for m in read_catalog(fresh)[1]}
        plurals = {key for key in in_code if "%n" in key[1]}
        for code in ("en", *LANGUAGES):
            ts = ts_path(code)
            if not ts.is_file():
                found.append(f"{ts.name} is missing")
                continue
            kept = {m.key for m in read_catalog(ts)[1]}
            if code == "en":  # English holds the plural forms only
                in_code, everything = plurals, in_code
            else:
                everything = in_code
            for key in sorted(in_code - kept):
                found.append(f"{ts.name}: not extracted yet: {key[0]}: {key[1]!r}")
            for key in sorted(kept - in_code):
                found.append(f"{ts.name}: no longer in the code: {key[0]}: {key[1]!r}")
            in_code = everything
    for ts in all_catalogs():
        if not ts.is_file():
            found.append(f"{ts.name} is missing")
            continue
        for message in read_catalog(ts)[1]:
            if message.state or not all(t.strip() for t in message.translations):
                state = message.state or "empty"
                found.append(f"{ts.name}: {state}: {message.context}: {message.source!r}")
        qm = qm_path(ts)
        with tempfile.TemporaryDirectory() as folder:
            fresh_qm = compile_catalog(ts, Path(folder) / qm.name)
            if not qm.is_file() or qm.read_bytes() != fresh_qm.read_bytes():
                found.append(f"{qm.name} is not compiled from the current {ts.name}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tabletop.gui.qt_catalogs", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--check", action="store_true", help="only check; exit 1 on a problem")
    parser.add_argument("--init", metavar="CODE", help="start the catalog of a new language")
    args = parser.parse_args(argv)
    if args.init:
        print(extract(ts_path(args.init), args.init))
        return 0
    if args.check:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
