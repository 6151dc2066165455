"""Each command group says which commands it adds, so a command builds only its own parser."""

from __future__ import annotations

import argparse

import pytest

from tabletop.cli import COMMAND_GROUPS, build_parser


@pytest.mark.parametrize("group", COMMAND_GROUPS, ids=lambda g: g.__name__.rsplit(".", 1)[-1])
def test_a_group_declares_exactly_the_commands_it_adds(group: object) -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    group.register(sub)  # type: ignore[attr-defined]
    assert tuple(sub.choices) == group.COMMANDS  # type: ignore[attr-defined]


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def test_a_known_command_parses_as_with_every_command_added() -> None:
    for group in COMMAND_GROUPS:
        for command in group.COMMANDS:
            assert _commands(build_parser(command)) == set(group.COMMANDS)
    everything = _commands(build_parser())
    assert _commands(build_parser("validat")) == everything  # a typo lists every command
    assert len(everything) == sum(len(g.COMMANDS) for g in COMMAND_GROUPS)
    args = build_parser("validate").parse_args(["validate", "deck.yaml", "--format", "json"])
    assert args.paths == ["deck.yaml"] and args.format == "json"
