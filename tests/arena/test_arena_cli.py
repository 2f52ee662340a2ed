"""`sebulba arena` and `sebulba race` with a checkpoint bot that cannot be loaded: one error line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from sebulba.cli import main


@pytest.mark.parametrize("command", ["arena", "race", "solo"])
@pytest.mark.parametrize("content", [None, b"not a checkpoint"], ids=["missing", "unreadable"])
def test_a_bad_checkpoint_bot_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, content: bytes | None
) -> None:
    path = tmp_path / "bot.pt"
    if content is not None:
        path.write_bytes(content)
    bot = f"checkpoint:{path}"
    argv = {
        "arena": ["arena", bot, "wood", "--games", "1"],
        "race": ["race", bot, "wood", "--out", str(tmp_path / "replay.json")],
        "solo": ["arena", "--solo", bot],
    }[command]
    assert main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "bot.pt" in lines[0], captured.err
    assert "Traceback" not in captured.out + captured.err
    assert not (tmp_path / "replay.json").exists()
