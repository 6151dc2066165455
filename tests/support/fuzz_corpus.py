"""A corpus of broken inputs, generated deterministically from a seed.

Decks are the test deck and a bundled deck with their text mutated the ways a
careless or hostile author would (lines lost or doubled, stray YAML syntax, tags,
control characters, odd numbers, alias bombs, wrong encodings, cut short, flipped
bytes), plus files that are not decks at all (pipes, folders, links, devices).
Session files are real sessions damaged on disk (cut, bytes flipped, pages wiped,
a journal left by a death inside a commit) or edited with SQL into shapes tabletop
never writes (odd entries with valid checksums, missing or spoiled details, an
embedded deck that is broken or hostile). Spreadsheets are exported MSELs with
their CSV text or XLSX parts mutated (bad XML, entities, indices out of range).

The same seed gives the same files, so a failure found here can be replayed.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import sqlite3
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tabletop.core import paths
from tabletop.core.deck.yaml_reader import read_file
from tabletop.core.engine import Session, SessionSetup
from tabletop.core.msel import export_msel

DATA = Path(__file__).resolve().parent.parent / "data"
MINIMAL = DATA / "decks" / "minimal.yaml"


@dataclass
class Case:
    """One input in its own folder, and what kind of input it is."""

    name: str
    kind: str  # "deck", "session" or "sheet"
    folder: Path
    input: str  # the file name inside the folder
    notes: list[str] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.folder / self.input


# -- decks --------------------------------------------------------------------------

TOKENS = [
    ": ", "- ", "&a ", "*a", "!!python/object/apply:os.system ['true']", "!!bool maybe",
    "!!int 0x", "!!timestamp 2026-13-45", "!!binary AAAA", ".nan", ".inf", "-.inf", "\x00",
    "\x1b", "\x07", "\t", '"\\e"', '"\\0"', '"\\ud800"', "{", "[", "]", "}", "'", '"', "#",
    "|", ">", "? ", "<<: *a", "---", "...", "%YAML 1.2", "\ufeff", "end", "9" * 30, "-1",
    "1.0e+400", "~", "null", "2026-02-30", "25:61", "<script>", "=cmd|' /C calc'!A0", "%s%n",
    "\u202e", "😀", "\u0000", "*", "&", "!", "@", "`",
]  # fmt: skip


def _mutate_text(rng: random.Random, text: str) -> tuple[bytes, str]:
    lines = text.split("\n")
    op = rng.choice(
        ["delete", "duplicate", "swap", "insert", "truncate", "number", "indent", "flip",
         "nest", "bomb", "long", "crlf", "bom", "utf16", "latin1", "tab", "many"]
    )  # fmt: skip
    if op == "delete" and len(lines) > 1:
        del lines[rng.randrange(len(lines))]
    elif op == "duplicate":
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
    elif op == "swap":
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "insert":
        i = rng.randrange(len(lines))
        at = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:at] + rng.choice(TOKENS) + lines[i][at:]
    elif op == "truncate":
        return text.encode("utf-8")[: rng.randrange(len(text))], op
    elif op == "number":
        candidates = [i for i, line in enumerate(lines) if line.rstrip()[-1:].isdigit()]
        if candidates:
            i = rng.choice(candidates)
            head = lines[i].rsplit(":", 1)[0]
            value = rng.choice(
                ["0", "-5", "1e400", ".nan", ".inf", "2147483648", "9" * 40, "0.0001",
                 "1440.5", "true", "-0", "0x10", "1_000"]
            )  # fmt: skip
            lines[i] = f"{head}: {value}"
    elif op == "indent":
        i = rng.randrange(len(lines))
        lines[i] = " " * rng.choice([1, 3, 5]) + lines[i]
    elif op == "flip":
        data = bytearray(text.encode("utf-8"))
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data), op
    elif op == "nest":
        depth = rng.choice([70, 500, 5000])
        lines.append("summary: " + "[" * depth + "]" * depth)
    elif op == "bomb":
        lines.insert(3, "audience: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]")
        for level in "bcdefghi":
            prev = chr(ord(level) - 1)
            lines.insert(4, f"x{level}: &{level} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}]")
    elif op == "long":
        lines.insert(rng.randrange(len(lines)), "summary: " + "x" * rng.choice([10**5, 2 * 10**6]))
    elif op == "crlf":
        return text.replace("\n", "\r\n").encode("utf-8"), op
    elif op == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8"), op
    elif op == "utf16":
        return text.encode("utf-16"), op
    elif op == "latin1":
        return text.replace("Finland", "Suomi é").encode("latin-1", "replace"), op
    elif op == "tab":
        i = rng.randrange(len(lines))
        lines[i] = "\t" + lines[i].lstrip(" ")
    elif op == "many":
        for _ in range(rng.randint(2, 6)):
            data, _op = _mutate_text(rng, "\n".join(lines))
            lines = data.decode("utf-8", "replace").split("\n")
    return "\n".join(lines).encode("utf-8", "surrogatepass"), op


def _special_decks(folder: Path) -> list[Case]:
    """Files that are not decks at all, named as decks."""
    cases = []

    def case(name: str, make: Callable[[Path], None]) -> None:
        where = folder / f"deck-special-{name}"
        where.mkdir()
        make(where / "deck.yaml")
        cases.append(Case(f"deck-special-{name}", "deck", where, "deck.yaml"))

    case("empty", lambda p: p.write_bytes(b""))
    case("comments", lambda p: p.write_text("# nothing\n# here\n"))
    case("pipe", lambda p: os.mkfifo(p))
    case("folder", lambda p: p.mkdir())
    case("dangling-link", lambda p: p.symlink_to(p.with_name("nowhere.yaml")))
    case("looping-link", lambda p: p.symlink_to(p))
    case("dev-zero", lambda p: p.symlink_to("/dev/zero"))
    case("dev-null", lambda p: p.symlink_to("/dev/null"))
    case("binary", lambda p: p.write_bytes(bytes(range(256)) * 64))
    case("pdf", lambda p: p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"))
    case("json", lambda p: p.write_text(json.dumps(read_file(MINIMAL).data)))
    case("list", lambda p: p.write_text("- format: tabletop-deck/1\n- id: x\n"))
    case("scalar", lambda p: p.write_text("just some text\n"))
    case("two-documents", lambda p: p.write_text(MINIMAL.read_text() + "\n---\n" + "a: 1\n"))
    case("too-big", lambda p: p.write_bytes(b"# " + b"x" * (17 * 1024 * 1024)))
    case("python-tag", lambda p: p.write_text("!!python/object/apply:os.system ['touch pwned']\n"))
    return cases


def deck_cases(folder: Path, rng: random.Random, count: int) -> list[Case]:
    bases = [MINIMAL.read_text(encoding="utf-8")]
    bases += [
        p.read_text(encoding="utf-8") for p in sorted(paths.bundled_decks_dir().glob("*.yaml"))
    ]
    cases = _special_decks(folder)
    for n in range(count):
        base = bases[0] if rng.random() < 0.6 else rng.choice(bases)
        data, op = _mutate_text(rng, base)
        where = folder / f"deck-{n:03d}-{op}"
        where.mkdir()
        (where / "deck.yaml").write_bytes(data)
        cases.append(Case(where.name, "deck", where, "deck.yaml"))
    return cases


# -- sessions -------------------------------------------------------------------------


def _base_sessions(folder: Path) -> list[Path]:
    """Real sessions recorded with the engine: ended with undo, running, a bundled deck."""
    folder.mkdir()
    made = []
    text = MINIMAL.read_text(encoding="utf-8")
    with Session.start(text, path=folder / "ended.tabletop", setup=SessionSetup(name="E")) as s:
        s.deliver_next()
        for n in range(12):
            s.record_decision("us", f"Decision {n} " + "é" * n, kind="message", channel="hotline")
        s.note_observation("strength", "Called early", rating="S")
        s.undo_last()
        s.set_channel_status("nrc", "open", "test")
        s.deliver_next()
        s.end()
        s.note_hotwash("notes", "Good class")
        made.append(s.path)
    with Session.start(text, path=folder / "running.tabletop") as s:
        s.deliver_next()
        for n in range(60):
            s.record_decision("russia", f"Statement {n} " + "x" * 300, kind="statement")
        made.append(s.path)
    bundled = sorted(paths.bundled_decks_dir().glob("*.yaml"))[0]
    with Session.start(bundled.read_text(encoding="utf-8"), path=folder / "bundled.tabletop") as s:
        s.deliver_next()
        s.adjudicate(2, "test")
        made.append(s.path)
    return made


def _crc(record: str) -> str:
    return f"{record}\t{zlib.crc32(record.encode('utf-8')):08x}"


def _odd_record(rng: random.Random, seq: int) -> object:
    values: list[object] = [
        None, True, 0, -1, 2**63 - 1, 2**70, 1.5, "", "x", "us", "D1", [], {}, [1, "a"],
        {"a": {"b": [None]}}, "2026-11-22T09:30:00", "\u0000", "9" * 50,
    ]  # fmt: skip
    kind = rng.choice(
        ["decision_recorded", "event_undone", "decision_amended", "channel_changed",
         "inject_delivered", "observation_noted", "action_added", "hotwash_noted",
         "escalation_adjudicated", "session_started", "session_ended", "clock_paused",
         "no_such_type"]
    )  # fmt: skip
    keys = [
        "decision", "team", "text", "kind", "channel", "recipients", "tags", "escalation",
        "inject", "target", "type", "changes", "status", "level", "field", "teams", "name",
    ]  # fmt: skip
    data = {k: rng.choice(values) for k in rng.sample(keys, rng.randint(0, 6))}
    at: object = rng.choice(
        ["2026-11-22T09:30:00.000Z", "2026-11-22T09:30:00", "1970-01-01T00:00:00Z",
         "9999-12-31T23:59:59.999Z", 5, "soon"]
    )  # fmt: skip
    record = {
        "at": at,
        "data": data,
        "seq": rng.choice([seq, seq, seq, str(seq), True]),
        "type": kind,
    }
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    if rng.random() < 0.1:
        return text.encode("utf-8")  # a binary record
    return _crc(text)


def _sql(rng: random.Random, path: Path) -> str:
    """Edit a session with SQL into a shape tabletop never writes; returns what was done."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        (top,) = conn.execute("SELECT MAX(seq) FROM events").fetchone()
        op = rng.choice(
            ["odd-records", "drop-deck", "broken-deck", "bomb-deck", "bad-catalog", "no-catalog",
             "user-version", "app-id", "seq-max", "no-events-table", "no-meta", "spoil-utf8",
             "gap", "many-events", "empty-record", "nan-deck"]
        )  # fmt: skip
        if op == "odd-records":
            for n in range(rng.randint(1, 4)):
                conn.execute(
                    "INSERT INTO events(seq, type, record) VALUES (?, 'x', ?)",
                    (top + n + 1, _odd_record(rng, top + n + 1)),
                )
        elif op == "drop-deck":
            conn.execute("DELETE FROM meta WHERE key = 'deck_text'")
        elif op == "broken-deck":
            conn.execute("UPDATE meta SET value = 'format: [unclosed' WHERE key = 'deck_text'")
        elif op == "bomb-deck":
            (deck,) = conn.execute("SELECT value FROM meta WHERE key = 'deck_text'").fetchone()
            bomb = "audience: &a " + "x" * 100_000 + "\nauthors:\n" + "  - *a\n" * 3000
            conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'deck_text'",
                (deck.replace("summary:", bomb + "summary:", 1),),
            )
        elif op == "nan-deck":
            (deck,) = conn.execute("SELECT value FROM meta WHERE key = 'deck_text'").fetchone()
            conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'deck_text'",
                (deck.replace("\nid:", "\ntime_scale: .nan\nid:", 1),),
            )
        elif op == "bad-catalog":
            conn.execute("UPDATE meta SET value = '[: x' WHERE key LIKE 'catalog/%'")
        elif op == "no-catalog":
            conn.execute("DELETE FROM meta WHERE key = 'catalog/channels.yaml'")
        elif op == "user-version":
            conn.execute(f"PRAGMA user_version = {rng.choice([0, 2, 99, -1])}")
        elif op == "app-id":
            conn.execute("PRAGMA application_id = 7")
        elif op == "seq-max":
            seq = 2**63 - 1
            record = {"at": "2026-11-22T09:30:00.000Z", "data": {"field": "notes", "text": "x"},
                      "seq": seq, "type": "hotwash_noted"}  # fmt: skip
            text = json.dumps(record, separators=(",", ":"), sort_keys=True)
            conn.execute("INSERT INTO events VALUES (?, 'hotwash_noted', ?)", (seq, _crc(text)))
        elif op == "no-events-table":
            conn.execute("DROP TABLE events")
        elif op == "no-meta":
            conn.execute("DELETE FROM meta")
        elif op == "spoil-utf8":
            key = rng.choice(["name", "deck_text", "deck_title", "created_at"])
            (value,) = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            raw = value.encode("utf-8")
            cut = rng.randrange(len(raw) + 1)
            conn.execute(
                "UPDATE meta SET value = CAST(? AS TEXT) WHERE key = ?",
                (raw[:cut] + b"\xff\xfe" + raw[cut:], key),
            )
        elif op == "gap":
            conn.execute("DELETE FROM events WHERE seq = ?", (max(2, top // 2),))
        elif op == "many-events":
            (last,) = conn.execute("SELECT record FROM events WHERE seq = ?", (top,)).fetchone()
            raw = json.loads(last.rpartition("\t")[0])
            conn.execute("BEGIN")
            for n in range(top + 1, top + 3000):
                raw["seq"] = n
                raw["type"] = "hotwash_noted"
                raw["data"] = {"field": "notes", "text": f"note {n}"}
                text = json.dumps(raw, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                conn.execute("INSERT INTO events VALUES (?, 'hotwash_noted', ?)", (n, _crc(text)))
            conn.execute("COMMIT")
        elif op == "empty-record":
            conn.execute("INSERT INTO events VALUES (?, 'x', '')", (top + 1,))
        return op
    finally:
        conn.close()


def _bytes(rng: random.Random, path: Path) -> str:
    """Damage a session file on disk as a crash, a bad disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    op = rng.choice(
        ["truncate", "flip", "wipe-page", "header", "zero-tail", "append-junk", "shuffle"]
    )
    page = 4096
    if op == "truncate":
        del data[rng.randrange(len(data)) :]
    elif op == "flip":
        for _ in range(rng.randint(1, 30)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    elif op == "wipe-page":
        start = rng.randrange(max(1, len(data) // page)) * page
        data[start : start + page] = b"\0" * len(data[start : start + page])
    elif op == "header":
        start = rng.randrange(100)
        data[start : start + 4] = bytes(rng.randrange(256) for _ in range(4))
    elif op == "zero-tail":
        data.extend(b"\0" * page * rng.randint(1, 20))
    elif op == "append-junk":
        data.extend(bytes(rng.randrange(256) for _ in range(rng.randint(1, 9000))))
    elif op == "shuffle" and len(data) >= 3 * page:
        pages = len(data) // page
        i, j = rng.randrange(1, pages), rng.randrange(1, pages)
        a, b = bytes(data[i * page : (i + 1) * page]), bytes(data[j * page : (j + 1) * page])
        data[i * page : (i + 1) * page], data[j * page : (j + 1) * page] = b, a
    path.write_bytes(bytes(data))
    return op


def session_cases(
    folder: Path, rng: random.Random, count: int, hot: list[Path] | None = None
) -> list[Case]:
    bases = _base_sessions(folder / "bases")
    cases = []
    for n, base in enumerate(bases):  # the intact sessions themselves
        where = folder / f"session-intact-{n}"
        where.mkdir()
        shutil.copy(base, where / "s.tabletop")
        cases.append(Case(where.name, "session", where, "s.tabletop"))
    for n, source in enumerate(hot or []):  # a hot journal left by a death inside a commit
        where = folder / f"session-hot-{n}"
        where.mkdir()
        shutil.copy(source, where / "s.tabletop")
        shutil.copy(f"{source}-journal", where / "s.tabletop-journal")
        cases.append(Case(where.name, "session", where, "s.tabletop"))
    for n in range(count):
        where = folder / f"session-{n:03d}"
        where.mkdir()
        target = where / "s.tabletop"
        shutil.copy(rng.choice(bases), target)
        ops = [_sql(rng, target) if rng.random() < 0.55 else _bytes(rng, target)]
        if rng.random() < 0.2:
            ops.append(_bytes(rng, target))
        renamed = where / f"{where.name}-{'-'.join(ops)}.tabletop"
        target.rename(renamed)
        cases.append(Case(renamed.stem, "session", where, renamed.name))
    for name, make in (
        ("empty", lambda p: p.write_bytes(b"")),
        ("pipe", lambda p: os.mkfifo(p)),
        ("folder", lambda p: p.mkdir()),
        ("dangling-link", lambda p: p.symlink_to(p.with_name("gone.tabletop"))),
        ("looping-link", lambda p: p.symlink_to(p)),
        (
            "plain-sqlite",
            lambda p: sqlite3.connect(p).execute("CREATE TABLE t(x)").connection.close(),
        ),
        ("text", lambda p: p.write_text("not a database\n" * 100)),
        ("header-only", lambda p: p.write_bytes(b"SQLite format 3\0" + b"\0" * 84)),
    ):
        where = folder / f"session-special-{name}"
        where.mkdir()
        make(where / "s.tabletop")
        cases.append(Case(where.name, "session", where, "s.tabletop"))
    return cases


# -- spreadsheets ---------------------------------------------------------------------

XML_ATTACKS = [
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;'
    b'&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;'
    b'&c;&c;&c;&c;">]><sst><si><t>&d;</t></si></sst>',
    b"<not-closed",
    b"",
    b"\xff\xfe<x/>",
]


def _mutate_xlsx(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    name = rng.choice(sorted(parts))
    op = rng.choice(["xml-attack", "flip", "drop", "index", "truncate-zip", "not-zip", "text"])
    if op == "xml-attack":
        parts[name] = rng.choice(XML_ATTACKS)
    elif op == "flip":
        part = bytearray(parts[name])
        for _ in range(rng.randint(1, 6)):
            if part:
                part[rng.randrange(len(part))] = rng.randrange(256)
        parts[name] = bytes(part)
    elif op == "drop":
        del parts[name]
    elif op == "index":
        for key, part in parts.items():
            if key.startswith("xl/worksheets/"):
                parts[key] = part.replace(b"<v>0</v>", b"<v>99999</v>", 1)
    elif op == "text":
        for key, part in parts.items():
            if key == "xl/sharedStrings.xml":
                parts[key] = part.replace(b"<t>", b'<t>\x1b=HYPERLINK("x")', 3)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        for key, part in parts.items():
            book.writestr(key, part)
    out = buffer.getvalue()
    if op == "truncate-zip":
        out = out[: rng.randrange(len(out))]
    elif op == "not-zip":
        out = b"PK\x03\x04" + out[100:200]
    return out, op


def sheet_cases(folder: Path, rng: random.Random, count: int) -> list[Case]:
    data = read_file(MINIMAL).data
    bases = folder / "sheet-bases"
    bases.mkdir()
    export_msel(data, bases / "msel.xlsx")
    export_msel(data, bases / "msel.csv")
    xlsx = (bases / "msel.xlsx").read_bytes()
    csv_text = (bases / "msel.csv").read_bytes().decode("utf-8-sig")
    cases = []
    for n in range(count):
        if n % 2:
            payload, op = _mutate_xlsx(rng, xlsx)
            name = "msel.xlsx"
        else:
            payload, op = _mutate_text(rng, csv_text)
            name = "msel.csv"
        where = folder / f"sheet-{n:03d}-{op}"
        where.mkdir()
        (where / name).write_bytes(payload)
        cases.append(Case(where.name, "sheet", where, name))
    return cases
