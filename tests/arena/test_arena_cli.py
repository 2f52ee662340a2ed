"""`sebulba arena` and `sebulba race` with a bot that cannot be loaded (a checkpoint bot, an in-process bot
file): one error line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from sebulba.arena.players import IN_PROCESS_FILE
from sebulba.cli import main

BAD_BOTS = {
    "missing checkpoint": ("bot.pt", None, "checkpoint:"),
    "unreadable checkpoint": ("bot.pt", "not a checkpoint", "checkpoint:"),
    "in-process script reading stdin": ("bot.py", "while True:\n    input()\n", IN_PROCESS_FILE),
}


@pytest.mark.parametrize("command", ["arena", "race", "solo"])
@pytest.mark.parametrize("case", list(BAD_BOTS))
def test_a_bad_bot_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, case: str
) -> None:
    name, content, prefix = BAD_BOTS[case]
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    bot = f"{prefix}{path}"
    argv = {
        "arena": ["arena", bot, "wood", "--games", "1"],
        "race": ["race", bot, "wood", "--out", str(tmp_path / "replay.json")],
        "solo": ["arena", "--solo", bot],
    }[command]
    assert main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {bot}: "), captured.err
    if prefix == IN_PROCESS_FILE:  # the script ran with an empty stdin instead of waiting on the terminal
        assert lines[0].endswith("does not run as a module (EOFError: EOF when reading a line)")
    assert "Traceback" not in captured.out + captured.err
    assert not (tmp_path / "replay.json").exists()
