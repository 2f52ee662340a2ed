"""The baseline bots as standalone CodinGame files: written, run isolated, answer valid commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sebulba.cli import main
from sebulba.simulation.cpu_physics import parse_command


@pytest.mark.parametrize("name", ["wood", "heuristic"])
def test_written_bot_runs_isolated_and_answers_valid_commands(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.py"
    assert main(["bots", "write", name, "-o", str(path)]) == 0
    source = path.read_text()
    imports = {line.split()[1] for line in source.splitlines() if line.startswith("import ")}
    assert imports <= {"sys", "math"} and "from " not in source.replace("from `", "")
    turn = "\n".join(["8000 4000 0 0 -1 1", "8000 5000 0 0 -1 1", "8000 3000 0 0 -1 1", "8000 6000 0 0 -1 1"])
    second = "\n".join(
        ["8100 4000 90 0 0 1", "8100 5000 90 0 0 1", "8050 3000 40 0 0 1", "8000 6000 0 0 360 1"]
    )
    stdin = f"3\n3\n10000 4000\n13000 7000\n5000 2000\n{turn}\n{second}\n"
    completed = subprocess.run(
        [sys.executable, "-I", str(path)], input=stdin, capture_output=True, text=True, timeout=20
    )
    lines = completed.stdout.splitlines()
    assert len(lines) == 4
    for line in lines:
        parse_command(line)
