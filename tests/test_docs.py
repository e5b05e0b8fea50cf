"""The README stays true: its newcomer commands exist, and every CLI command is documented in it."""

from __future__ import annotations

import re

import typer

from storylens.cli import app

from .conftest import REPO


def _command_names(application: typer.Typer) -> set[str]:
    names = {c.name or (c.callback.__name__ if c.callback else "") for c in application.registered_commands}
    names |= {g.name for g in application.registered_groups if g.name}
    return {n.replace("_", "-") for n in names}


def test_every_cli_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^storylens ([a-z-]+)", readme, flags=re.MULTILINE))
    documented |= {w for line in re.findall(r"^storylens ([a-z |-]+)", readme, flags=re.MULTILINE)
                   for w in re.split(r"[ |]+", line) if w}
    missing = _command_names(app) - documented
    assert not missing, f"commands missing from README.md: {sorted(missing)}"


def test_readme_opens_with_the_two_newcomer_commands_and_ci_runs_the_second() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["make demo", "make test"]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, flags=re.MULTILINE) and re.search(r"^test:", makefile, flags=re.MULTILINE)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, flags=re.MULTILINE)
