"""`sebulba --version` and `sebulba info`, through the command line's own entry point."""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path

import pytest

import sebulba
from sebulba.arena.players import BUILTIN_BOTS
from sebulba.cli import main
from sebulba.export.ship import PRETRAINED_CARD


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_code:
        main(["--version"])
    assert exit_code.value.code == 0
    assert capsys.readouterr().out.strip() == f"sebulba {sebulba.__version__}"
    assert importlib.metadata.version("sebulba") == sebulba.__version__  # pyproject reads it from there


def test_info_prints_the_cards_headline_figures_and_the_bots(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    figures = json.loads(PRETRAINED_CARD.read_text())["figures"]
    for key in (
        "win_rate_vs_search_hybrid_400_seed21",
        "win_rate_vs_heuristic_exported_1000_seed3",
        "runner_mean_turns_exported",
        "bot_speed",
    ):
        assert figures[key] in out
    shipped_bot = Path(__file__).resolve().parents[1] / "dist" / "sebulba_bot.py"  # what `make bot` writes
    assert f"bot size: {len(shipped_bot.read_text()):,} characters" in out
    for name in BUILTIN_BOTS:
        assert f"\n{name}: " in out
