"""How long the after-action report takes, against a bare reportlab build of the same size.

Two sizes: a 60-inject deck with a 300-decision session, and a 150-inject deck
with a 1,000-decision session. For each it plays the session through the engine,
then times (a) the full export -- reading the session file, folding it,
building the report model, laying out the PDF and writing it -- and (b) a bare
reportlab build of the same paragraphs and tables (same texts, same font, same
table shapes and column widths, no styles, no charts, no page decorations) in the same run.
Prints both and their ratio; the target is at most 2x. Then the memory of each
build (peak resident size of a fresh process doing only that build; target at
most 1.3x) and the realistic two-hour session's report as PDF and as DOCX
(target: both together under 2 s).

    python bench/bench_report.py [--runs 5] [--strict]
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import pickle
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table

from tabletop.core.engine import open_state
from tabletop.core.fonts import register_fonts
from tabletop.core.report.build import build_report
from tabletop.core.report.export import export_session
from tabletop.core.report.pdf import PAPERS, ReportRenderer
from tabletop.core.report.pdf.layout import Kit
from tabletop.core.report.pdf.sections import story
from tabletop.core.report.sample import practice_session

INJECTS = 60
DECISIONS = 300
SIZES = ((60, 300), (150, 1000))
TARGET = 2.0
MEMORY_TARGET = 1.3
REALISTIC_TARGET = 2.0  # seconds, PDF and DOCX together


def deck_text(injects: int = INJECTS) -> str:
    """A deck of ``injects`` standard injects over several days, with effects and sources."""
    lines = [
        "format: tabletop-deck/1",
        "id: bench-long",
        "title: A long crisis for the benchmark",
        "summary: Sixty injects over ten days of a crisis in the Baltic.",
        "duration: 600",
        "objectives:",
        "  - {id: obj-talk, text: Teams use a working channel within one move.}",
        "  - {id: obj-attribute, text: Teams seek attribution before enforcement.}",
        "  - {id: obj-restrain, text: Teams keep below armed incidents.}",
        "teams:",
        "  - {id: nato, name: North Atlantic Council, side: west, parties: [nato, europe]}",
        "  - {id: us, name: US National Security Council, side: west, parties: [us, nato]}",
        "  - {id: russia, name: Russian Security Council, side: east, parties: [russia]}",
        "channels: [hotline, mil-to-mil, nato-russia-hotline, nrc, public, osce, track2]",
        "injects:",
    ]
    for number in range(1, injects + 1):
        minute = 6 * 60 + number * 240
        day, clock = minute // 1440 + 1, minute % 1440
        effects = []
        if number % 5 == 0:
            effects.append("escalation: 1")
        elif number % 7 == 0:
            effects.append("escalation: -1")
        if number % 10 == 0:
            status = "closed" if number % 20 == 0 else "degraded"
            effects.append(f"channels: {{hotline: {status}}}")
        lines += [
            f"  - id: inject-{number:03d}",
            f"    title: Incident {number} in the Gulf of Finland",
            f'    at: {{day: {day}, time: "{clock // 60:02d}:{clock % 60:02d}"}}',
            f"    phase: Move {(number - 1) // 10 + 1}",
            "    from: Finnish Navy",
            "    to: [nato, russia]",
            f"    narrative: Incident {number}, a vessel loiters over a cable; radar contact lost.",
            "    expected_actions: [Seek attribution first, Tell the other side over a channel]",
            "    objectives: [obj-talk, obj-attribute]",
            f"    effects: {{{', '.join(effects)}}}",
            "    sources: [{ref: charap-2026, section: On the brink}]",
        ]
    return "\n".join(lines) + "\n"


def play(path: Path, injects: int = INJECTS, decisions: int = DECISIONS) -> Path:
    """Play the generated deck: every inject delivered, decisions spread evenly."""
    session, clock = practice_session(path, deck_text(injects))
    teams = ("nato", "us", "russia")
    channels = ("mil-to-mil", "public", "osce", "nato-russia-hotline", "")
    per_inject = decisions // injects
    with session:
        count = 0
        for number in range(1, injects + 1):
            clock.advance(4)
            session.deliver_next()
            for _ in range(per_inject):
                clock.advance(1)
                team = teams[count % len(teams)]
                channel = channels[count % len(channels)]
                if team != "nato" and count % 11 == 0:
                    channel = "hotline"
                text = (
                    f"Decision {count + 1} on incident {number}: ask for a joint inspection, "
                    "restate the legal basis of the boarding and propose a meeting of experts."
                )
                kind = "message" if channel else "action"
                session.record_decision(team, text, kind=kind, channel=channel)
                count += 1
            if number % 6 == 0:
                session.note_observation(
                    "strength" if number % 12 else "improvement",
                    f"Observation on incident {number}: the teams called before acting.",
                    rating="PSMU"[number % 4],
                    objective="obj-talk",
                )
        session.end()
        session.note_hotwash("why", "The channels the teams trusted were closed.")
        for number in range(3):
            session.add_action(f"Issue {number}", f"Corrective action {number}", owner="Staff")
    return path


def timed(task: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call (CPU time is steadier on a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    task()
    return time.perf_counter() - wall, time.process_time() - cpu


Shapes = list[tuple[list[list[str]], list[float]]]


def bare_content(session: Path) -> tuple[list[str], Shapes]:
    """The report's own paragraphs (nested ones too) and table shapes, as plain data."""
    model = build_report(*open_state(session))
    width, height = PAPERS["a4"]
    kit = Kit(width - 2 * 56.7, height - 2 * 56.7)
    texts: list[str] = []
    shapes: Shapes = []
    pending = list(story(model, kit))
    while pending:
        flowable = pending.pop(0)
        if isinstance(flowable, Table):
            rows = [
                [
                    cell if isinstance(cell, str) else getattr(cell, "text", None) or ""
                    for cell in row
                ]
                for row in flowable._cellvalues
            ]
            shapes.append((rows, list(flowable._argW)))
        elif isinstance(flowable, Paragraph):
            texts.append(flowable.text)
        elif isinstance(flowable, KeepTogether):
            pending[:0] = list(flowable._content)
    return texts, shapes


def bare_builder(texts: list[str], shapes: Shapes) -> Callable[[], bytes]:
    font = register_fonts().regular
    style = ParagraphStyle("plain", fontName=font, fontSize=9, leading=11)

    def build() -> bytes:
        story_: list = [Paragraph(text, style) for text in texts]
        for rows, widths in shapes:
            data = [[Paragraph(cell, style) for cell in row] for row in rows]
            story_.append(Table(data, colWidths=widths, repeatRows=1))
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=PAPERS["a4"], initialFontName=font).build(story_)
        return buffer.getvalue()

    return build


def bare_build(session: Path) -> tuple[Callable[[], bytes], int, int, int]:
    """A plain reportlab build of the report's own paragraphs and tables (shape and text)."""
    texts, shapes = bare_content(session)
    cells = sum(len(row) for table, _ in shapes for row in table)
    return bare_builder(texts, shapes), len(texts), len(shapes), cells


def _peak(task: str, session: str, out: str, queue: multiprocessing.Queue) -> None:
    """In a fresh process: do one build, report the peak resident size (KiB)."""
    if task == "report":
        export_session(Path(session), Path(out))
    else:  # the content was taken from the report beforehand: only the bare build here
        with open(session, "rb") as stream:
            bare_builder(*pickle.load(stream))()
    queue.put(_own_peak_kib())


def _own_peak_kib() -> int:
    """This process's own peak resident size. Linux carries ``ru_maxrss`` over an exec
    from the process that forked it (here the bench, already large), so the high-water
    mark of this process's own memory (``VmHWM``) is read instead where there is one."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def peak_memory(task: str, session: Path, out: Path) -> int:
    context = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue = context.Queue()
    process = context.Process(target=_peak, args=(task, str(session), str(out), queue))
    process.start()
    value = int(queue.get())
    process.join()
    return value


def measure(folder: Path, injects: int, decisions: int, runs: int) -> tuple[float, float]:
    """Time one size; returns (CPU ratio, memory ratio)."""
    session = play(folder / f"bench-{injects}.tabletop", injects, decisions)
    target = folder / f"bench-{injects}.pdf"
    events = len(open_state(session)[1].events)
    export_session(session, target)  # warm up: fonts registered, modules imported
    renderer = ReportRenderer(build_report(*open_state(session)))
    renderer.render()
    bare, paragraphs, tables, cells = bare_build(session)
    bare_pages = bare().count(b"/Type /Page\n") or bare().count(b"/Type /Page ")
    ours, baseline = [], []
    for _ in range(runs):  # alternate, so a busy moment hits both alike
        ours.append(timed(lambda: export_session(session, target)))
        baseline.append(timed(bare))
    ours_wall, ours_cpu = (statistics.median(t[i] for t in ours) for i in (0, 1))
    bare_wall, bare_cpu = (statistics.median(t[i] for t in baseline) for i in (0, 1))
    ratio = ours_cpu / bare_cpu
    print(f"\nsession: {injects} injects, {decisions} decisions, {events} events")
    print(
        f"report export (read, fold, model, layout, write): {ours_cpu * 1000:.0f} ms CPU "
        f"({ours_wall * 1000:.0f} ms wall), median of {runs}; {renderer.pages} pages, "
        f"{renderer.kit.paragraphs} paragraphs, {renderer.kit.tables} tables"
    )
    print(
        f"bare reportlab build of the same {paragraphs} top-level paragraphs and {tables} "
        f"tables ({cells} cells, {bare_pages or '?'} pages): {bare_cpu * 1000:.0f} ms CPU "
        f"({bare_wall * 1000:.0f} ms wall)"
    )
    print(
        f"ratio (CPU): {ratio:.2f}x, wall: {ours_wall / bare_wall:.2f}x "
        f"(target: at most {TARGET:.0f}x)"
    )
    ours_mem = peak_memory("report", session, folder / "memory.pdf")
    content = folder / "bare-content.pickle"
    content.write_bytes(pickle.dumps(bare_content(session)))
    bare_mem = peak_memory("bare", content, folder / "memory.pdf")
    memory = ours_mem / bare_mem
    print(
        f"peak memory: report {ours_mem / 1024:.0f} MiB, bare build {bare_mem / 1024:.0f} MiB, "
        f"ratio {memory:.2f}x (target: at most {MEMORY_TARGET}x)"
    )
    return ratio, memory


def realistic(folder: Path, runs: int) -> float:
    """The two-hour session's report as PDF and as DOCX, wall time of both together."""
    from tabletop.core.report.grayzone_sample import play_grayzone_session

    session = play_grayzone_session(folder / "grayzone.tabletop")
    export_session(session, folder / "warm.pdf")
    export_session(session, folder / "warm.docx")
    times = []
    for _ in range(runs):
        pdf = timed(lambda: export_session(session, folder / "g.pdf"))[0]
        word = timed(lambda: export_session(session, folder / "g.docx"))[0]
        times.append((pdf, word))
    pdf = statistics.median(t[0] for t in times)
    word = statistics.median(t[1] for t in times)
    print(
        f"\nrealistic two-hour session (4 teams, 42 decisions): PDF {pdf * 1000:.0f} ms, "
        f"DOCX {word * 1000:.0f} ms, together {(pdf + word) * 1000:.0f} ms wall "
        f"(target: under {REALISTIC_TARGET:.0f} s)"
    )
    return pdf + word


def growth(folder: Path, decisions: list[int], runs: int) -> None:
    """The full export at growing session sizes (the deck fixed), with its growth exponent."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import check_growth, spread

    print(f"Growth: the full export of a {INJECTS}-inject deck's session, by decisions")
    best = []
    for count in decisions:
        session = play(folder / f"growth-{count}.tabletop", INJECTS, count)
        target = folder / f"growth-{count}.pdf"
        times = []
        for _ in range(runs):
            target.unlink(missing_ok=True)
            times.append(timed(partial(export_session, session, target))[1])
        print(f"  {count:>6,} decisions: {spread(times, 's')} CPU")
        best.append(min(times))
    check_growth("report export", decisions, best, per_item=False)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each build")
    parser.add_argument("--strict", action="store_true", help="exit 1 above a target")
    parser.add_argument(
        "--size",
        metavar="INJECTS:DECISIONS",
        help="instead of the usual two sizes, one session of this size (e.g. 600:10000)",
    )
    parser.add_argument(
        "--growth",
        metavar="N,N,N",
        help="instead, time the full export at these numbers of decisions (e.g. 500,1000,2000)",
    )
    args = parser.parse_args(argv)
    if args.growth:
        with tempfile.TemporaryDirectory() as folder:
            os.environ.setdefault("TABLETOP_HOME", folder)
            growth(Path(folder), [int(n) for n in args.growth.split(",")], args.runs)
        return 0
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("TABLETOP_HOME", folder)
        sizes = [tuple(int(n) for n in args.size.split(":"))] if args.size else SIZES
        for injects, decisions in sizes:
            ratio, memory = measure(Path(folder), injects, decisions, args.runs)
            failed |= ratio > TARGET or memory > MEMORY_TARGET
        failed |= realistic(Path(folder), args.runs) > REALISTIC_TARGET
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
