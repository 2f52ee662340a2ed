"""`sebulba arena --record` and `--paired`: two matches on the same games compared game by game."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sebulba.arena.paired import compare, read_recording, sign_test
from sebulba.cli import main


def record(tmp_path: Path, name: str, a: str, b: str, games: int, seed: int) -> Path:
    path = tmp_path / name
    assert main(["arena", a, b, "--games", str(games), "--seed", str(seed), "--record", str(path)]) == 0
    return path


def test_sign_test_is_the_exact_binomial_test() -> None:
    assert sign_test(0, 0) == 1.0
    assert sign_test(5, 5) == 1.0
    assert sign_test(10, 0) == pytest.approx(2 / 1024)
    # P(X <= 2) for 10 fair coins is (1 + 10 + 45) / 1024; two-sided doubles it
    assert sign_test(2, 8) == pytest.approx(2 * 56 / 1024)
    assert sign_test(8, 2) == sign_test(2, 8)


def test_a_recorded_match_compares_game_by_game(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    strong = record(tmp_path, "strong.json", "heuristic", "wood", 6, 3)
    weak = record(tmp_path, "weak.json", "wood", "heuristic", 6, 3)
    capsys.readouterr()

    first, second = read_recording(strong), read_recording(weak)
    assert [g.index for g in first.games] == list(range(6))  # in game order, whatever order they ended in
    assert first.bot_a == "heuristic" and first.seed == 3
    assert {g.outcome for g in first.games} <= {"win", "loss", "draw"}

    comparison = compare(first, second)
    wins_first = sum(g.outcome == "win" for g in first.games)
    wins_second = sum(g.outcome == "win" for g in second.games)
    assert comparison.games == 6
    assert comparison.first_score == pytest.approx(wins_first / 6)
    assert comparison.difference == pytest.approx((wins_first - wins_second) / 6)
    counted = comparison.both_won + comparison.first_only + comparison.second_only + comparison.both_lost
    assert counted + comparison.both_drew == 6
    assert comparison.first_only - comparison.second_only == wins_first - wins_second
    low, high = comparison.interval
    assert low <= comparison.difference <= high
    assert comparison.difference > 0  # the heuristic beats wood on these maps from either side

    assert main(["arena", "--paired", str(strong), str(weak)]) == 0
    out = capsys.readouterr().out
    assert f"first only {comparison.first_only}, second only {comparison.second_only}" in out
    assert f"difference: {100 * comparison.difference:+.1f} points" in out

    same = compare(first, first)
    assert same.difference == 0.0 and same.first_only == same.second_only == 0 and same.p_value == 1.0


def test_recordings_of_other_games_or_broken_files_are_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = record(tmp_path, "a.json", "wood", "wood", 2, 1)
    b = record(tmp_path, "b.json", "wood", "wood", 2, 2)
    broken = tmp_path / "broken.json"
    raw = json.loads(a.read_text())
    raw["games"][0]["outcome"] = "victory"
    broken.write_text(json.dumps(raw))
    capsys.readouterr()
    for files, message in (
        ((a, b), "not of the same games"),
        ((a, broken), "outcome 'victory'"),
        ((a, tmp_path / "missing.json"), "not a games file"),
    ):
        assert main(["arena", "--paired", *map(str, files)]) == 2
        lines = capsys.readouterr().err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines
    assert main(["arena", "wood", "wood", "--paired", str(a), str(a)]) == 2
    assert main(["arena", "--solo", "wood", "--record", str(tmp_path / "solo.json")]) == 2
    assert "--record" in capsys.readouterr().err and not (tmp_path / "solo.json").exists()
