"""Evaluation during training: the batched deterministic match against the heuristic team."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import torch

from sebulba.config import ConfigManager, preset
from sebulba.export.exporter import load_actor
from sebulba.export.ship import PRETRAINED_DIR
from sebulba.models.deepsets import DeepSetsPolicy
from sebulba.training.checkpoints import CheckpointStore
from sebulba.training.evaluation import evaluate_runner, evaluate_vs_heuristic, evaluate_vs_search
from sebulba.training.ppo import Trainer


def test_evaluation_tells_the_shipped_model_from_an_untrained_one() -> None:
    shipped = evaluate_vs_heuristic(load_actor(PRETRAINED_DIR / "sebulba_actor.pt"), games=64)
    torch.manual_seed(0)
    untrained_model = DeepSetsPolicy()
    untrained = evaluate_vs_heuristic(untrained_model, games=64)
    assert shipped.games == untrained.games == 64
    assert shipped.win_rate > 0.5, shipped
    assert untrained.win_rate < 0.2, untrained
    assert 150 < shipped.mean_turns < 300
    # the same games every time: an evaluation depends on the weights only
    again = evaluate_vs_heuristic(load_actor(PRETRAINED_DIR / "sebulba_actor.pt"), games=64)
    assert (again.wins, again.mean_turns) == (shipped.wins, shipped.mean_turns)


def test_the_search_team_beats_the_shipped_network_more_often_than_the_heuristic_does() -> None:
    """The fixed games against the compiled `search` team: the same games every call, and a harder
    opponent than the heuristic's for the shipped network (it wins about 1 in 5 in the arena)."""
    model = load_actor(PRETRAINED_DIR / "sebulba_actor.pt")
    versus = evaluate_vs_search(model, games=8)
    assert versus.games == 8 and 150 < versus.mean_turns < 400
    assert versus.win_rate < evaluate_vs_heuristic(model, games=8).win_rate
    again = evaluate_vs_search(model, games=8)
    assert (again.wins, again.mean_turns) == (versus.wins, versus.mean_turns)


def test_a_search_with_fewer_candidates_is_a_weaker_opponent() -> None:
    """`rollouts` (the league's `search_rollouts`): the same fixed games against a search that only
    compares its seeds, two candidates a turn, are won far more often than against the bot's 300."""
    model = load_actor(PRETRAINED_DIR / "sebulba_actor.pt")
    weak = evaluate_vs_search(model, games=16, rollouts=2)
    full = evaluate_vs_search(model, games=16)
    assert weak.wins > full.wins + 2, (weak, full)


def test_runner_evaluation_times_finished_solo_races_of_the_shipped_model() -> None:
    """The shipped runner finishes every fixed solo race in far fewer turns than the 500-turn limit; an
    untrained policy finishes few or none (and an empty set has no mean: inf)."""
    shipped = evaluate_runner(load_actor(PRETRAINED_DIR / "sebulba_actor.pt"), games=32)
    assert shipped.wins == 32 and 120 < shipped.mean_turns < 260, shipped
    again = evaluate_runner(load_actor(PRETRAINED_DIR / "sebulba_actor.pt"), games=32)
    assert again.mean_turns == shipped.mean_turns
    torch.manual_seed(0)
    untrained = evaluate_runner(DeepSetsPolicy(), games=32)
    assert untrained.wins < 16
    if untrained.wins == 0:
        assert untrained.mean_turns == float("inf")
    else:
        assert untrained.mean_turns > shipped.mean_turns


def test_training_evaluates_and_keeps_the_best_evaluated_model(tmp_path: Path) -> None:
    manager = ConfigManager(preset("cpu"))
    manager.update(
        {
            "ppo": {"num_envs": 8, "num_steps": 8, "num_minibatches": 2, "update_epochs": 1},
            "curriculum": {"stage_override": "2v2"},
            "eval": {"every": 2, "games": 8, "search_games": 4},
        }
    )
    trainer = Trainer(manager, tmp_path)
    first = trainer.train_iteration()
    store = CheckpointStore(tmp_path)
    assert "best-eval" not in [i.name for i in store.list()]  # not due at iteration 1
    assert first.eval_win_rate is None
    second = trainer.train_iteration()
    trainer.close()
    assert second.eval_win_rate is not None and 0.0 <= second.eval_win_rate <= 1.0
    names = [i.name for i in store.list()]
    assert "best-eval" in names
    payload = store.load("best-eval")
    versus_search = second.eval_win_rate_vs_search
    assert versus_search is not None and versus_search in (0.0, 0.25, 0.5, 0.75, 1.0)
    assert payload["iteration"] == 2
    assert payload["best_eval_win_rate"] == (second.eval_win_rate + versus_search) / 2  # ranked on both
    logged = [event.message for event in trainer.hub.events_after(0)]
    assert any(
        message.startswith("eval: ") and "of 8 games" in message and "of 4 vs search" in message
        for message in logged
    )


def test_evaluate_command_ranks_checkpoints_and_refuses_bad_files(tmp_path: Path) -> None:
    torch.manual_seed(0)
    untrained = tmp_path / "untrained.pt"
    torch.save({"model": DeepSetsPolicy().state_dict()}, untrained)
    shipped = PRETRAINED_DIR / "sebulba_actor.pt"
    completed = subprocess.run(
        [sys.executable, "-m", "sebulba", "evaluate", str(untrained), str(shipped), "--games", "16"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    lines = completed.stdout.splitlines()
    assert len([line for line in lines if "win_rate" in line and "over 16 games" in line]) == 2
    assert lines[-1].startswith(f"best: {shipped}")
    trained = Path(__file__).parents[2] / "training-checkpoints" / "qat1-ckpt-0000611.pt"  # float weights

    def results(*args: str) -> dict[str, str]:
        command = [sys.executable, "-m", "sebulba", "evaluate", *args, "--games", "16"]
        out = subprocess.run(command, capture_output=True, text=True, timeout=300, check=True).stdout
        played = [line.rsplit(", ", 1)[0] for line in out.splitlines() if "win_rate" in line]  # no timing
        return {line.split(": ")[0]: line for line in played}

    gridded = results(str(shipped), str(trained), "--grid")
    plain = results(str(trained))
    shipped_line = next(line for line in lines if line.startswith(f"{shipped}:"))
    assert gridded[str(shipped)] == shipped_line.rsplit(", ", 1)[0]  # it lies on its grid already
    assert gridded[str(trained)] != plain[str(trained)]  # a trained checkpoint plays differently snapped
    corrupt = tmp_path / "corrupt.pt"
    corrupt.write_bytes(b"not a checkpoint")
    refused = subprocess.run(
        [sys.executable, "-m", "sebulba", "evaluate", str(shipped), str(corrupt), "--games", "16"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert refused.returncode == 1 and "corrupt.pt: error: not a readable checkpoint" in refused.stderr
    assert "win_rate" not in refused.stdout  # nothing played before every file was checked
    solo = subprocess.run(
        [
            sys.executable,
            "-m",
            "sebulba",
            "evaluate",
            "--solo",
            str(untrained),
            str(shipped),
            "--games",
            "16",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    lines = solo.stdout.splitlines()
    assert f"{shipped}: runner_mean_turns" in solo.stdout and "(16 of 16 solo races finished)" in solo.stdout
    assert lines[-1].startswith(f"best: {shipped}")
    stray = subprocess.run(  # the search's strength asked of a game without the search: refused
        [sys.executable, "-m", "sebulba", "evaluate", str(shipped), "--search-rollouts", "60"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert stray.returncode == 2 and "--search-rollouts needs --opponent search" in stray.stderr
