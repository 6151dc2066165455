"""The ``tabletop`` command: start the app, or work with decks and sessions from a shell.

With no command the app's window opens. Each group of sub-commands lives in a
module of this package with a ``register(subparsers)`` function.
Exit codes: 0 success, 1 problems found, 2 usage error or an unreadable file.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from tabletop import __version__
from tabletop.cli import authoring, decks, gui, record, report, sessions
from tabletop.cli._common import EXIT_OK, EXIT_USAGE, err

COMMAND_GROUPS = [decks, sessions, report, record, gui, authoring]


def no_display() -> str:
    """Why no window can open here ("" when one can): Qt would abort without a display."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return ""
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY"):
        return ""
    if os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "tabletop: there is no display to open the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). Start it from a desktop session; the command-line tools "
        "(tabletop --help) work without one."
    )


def start_gui(argv: list[str]) -> int:
    """Open the app's window (the start screen)."""
    reason = no_display()
    if reason:
        err(reason)
        return EXIT_USAGE
    from tabletop.gui.display_libraries import display_problem

    reason = display_problem()  # before Qt, which would abort without them
    if reason:
        err(reason)
        return EXIT_USAGE
    # starting the window creates many objects (modules, Qt's types, the panels) and frees
    # few: the cyclic collector would walk them over and over; it runs again once the
    # first window is up (tabletop.gui.app.run)
    gc.disable()
    try:
        try:
            from tabletop.gui.app import run
        except ImportError as exc:
            err(
                f"tabletop: the window cannot open: {exc}. Install the app with its "
                "dependencies (see the README) and try again."
            )
            return EXIT_USAGE
        return run(argv)
    finally:
        gc.enable()


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given the command typed, only its group's sub-commands are
    added (a short command starts faster), or all of them if it is none of theirs."""
    groups = [g for g in COMMAND_GROUPS if command in g.COMMANDS] or COMMAND_GROUPS
    parser = argparse.ArgumentParser(
        prog="tabletop",
        description="Run crisis tabletop exercises. With no command, the app's window opens.",
    )
    parser.add_argument("--version", action="version", version=f"tabletop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in groups:
        group.register(sub)
    return parser


def _printable_output() -> None:
    """A file name that is not valid in the locale's encoding is printed escaped (``\\udcff``),
    never a reason to stop."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _printable_output()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return start_gui([])
    args = build_parser(args_list[0]).parse_args(args_list)
    if args.command is None:
        return start_gui([])
    try:
        result: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return result


if __name__ == "__main__":
    sys.exit(main())
