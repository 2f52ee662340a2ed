"""Blocker distillation: the student learns the heuristic's blocker and the teacher's runner; the output is
a training checkpoint the rest of the tools take; bad input gets a clear error."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from sebulba.bots.search_batch import SearchTeam
from sebulba.config import RewardWeights
from sebulba.export.exporter import actor_from_payload, load_actor, on_grid
from sebulba.export.ship import PRETRAINED_DIR
from sebulba.models.deepsets import DeepSetsPolicy
from sebulba.simulation import gpu_physics as physics
from sebulba.simulation.env import RaceVecEnv, decode_actions
from sebulba.training.distill import (
    DistillConfig,
    collect_2v2,
    collect_search,
    collect_solo,
    distill,
    losses,
    search_labels,
    start_networks,
)

TINY = DistillConfig(
    rounds=2, races=16, turns=40, solo_races=8, steps=400, batch=1024, kept_weight=0.01, seed=3
)


@pytest.fixture(scope="module")
def teacher_payload() -> dict:
    """A training checkpoint holding the shipped actor (and an untrained critic)."""
    model = DeepSetsPolicy()
    model.actor.load_state_dict(load_actor(PRETRAINED_DIR / "sebulba_actor.pt").actor_state_dict())
    return {"model": model.state_dict(), "optimizer": {"state": {}}, "iteration": 7, "global_step": 4096}


def test_samples_mark_the_runners_and_hold_the_teacher_s_outputs(teacher_payload: dict) -> None:
    teacher = actor_from_payload(teacher_payload).eval()
    duel = collect_2v2(teacher, None, races=8, turns=5, seed=1)
    assert duel.runner.shape == (8 * 5 * 2,)
    assert int(duel.runner.sum()) == 8 * 5  # one runner and one blocker in every team
    with torch.no_grad():
        torch.testing.assert_close(teacher.actor(duel.obs)[:, 0], duel.teacher_outputs)
    assert set(duel.label[:, 3].tolist()) == {0.0}  # the heuristic blocker never boosts
    solo = collect_solo(teacher, races=4, turns=5, seed=1)
    assert solo.runner.all() and solo.runner.shape == (4 * 5,)


def test_the_student_learns_both_roles_and_lands_in_a_training_checkpoint(teacher_payload: dict) -> None:
    lines: list[str] = []
    payload = distill(teacher_payload, TINY, eval_games=8, log=lines.append)
    assert len(lines) == TINY.rounds and "win_rate_vs_heuristic" in lines[-1]
    teacher = actor_from_payload(teacher_payload).eval()
    student = actor_from_payload(payload).eval()
    torch.manual_seed(TINY.seed)
    untrained = DeepSetsPolicy().eval()
    held_out = collect_2v2(teacher, None, races=8, turns=40, seed=12345)
    with torch.no_grad():
        _, before = losses(untrained, held_out, TINY.kept_weight)
        _, after = losses(student, held_out, TINY.kept_weight)
    assert after["taught_nll"] < before["taught_nll"] - 0.05, (before, after)
    assert after["kept_squared_error"] < 0.5 * before["kept_squared_error"], (before, after)
    # the teacher's critic, iteration and step stay; the optimiser state (for the old actor) goes
    critic = {k: v for k, v in payload["model"].items() if k.startswith("critic.")}
    assert critic and all(torch.equal(v, teacher_payload["model"][k]) for k, v in critic.items())
    assert "optimizer" not in payload and payload["global_step"] == 4096
    record = json.loads(payload["distillation"])
    assert record["config"]["steps"] == TINY.steps and len(record["rounds"]) == TINY.rounds
    assert not torch.equal(student.actor.head.weight, teacher.actor.head.weight)


def test_invalid_settings_are_rejected_with_their_name() -> None:
    with pytest.raises(ValueError, match="steps must be >= 1"):
        DistillConfig(steps=0)
    with pytest.raises(ValueError, match="kept_weight must be > 0"):
        DistillConfig(kept_weight=0.0)
    with pytest.raises(ValueError, match="taught must be one of blocker, runner"):
        DistillConfig(teacher="search", taught="both")
    with pytest.raises(ValueError, match="only the search teacher teaches the runner"):
        DistillConfig(teacher="heuristic", taught="runner")


def test_quantisation_aware_distillation_starts_from_the_network_the_bot_carries(
    teacher_payload: dict,
) -> None:
    """`quantisation_aware`: teacher and student act as the snapped (int8) actor does, not as its floats
    (the shipped actor's floats lie on the grid already: moved off it here, as training moves them)."""
    torch.manual_seed(6)
    model = {
        k: v + 1e-3 * torch.randn_like(v) if k.startswith("actor.") else v
        for k, v in teacher_payload["model"].items()
    }
    teacher_payload = {**teacher_payload, "model": model}
    actor = actor_from_payload(teacher_payload)
    env = RaceVecEnv(4, "2v2", RewardWeights(), seed=2)
    obs, _ = env.reset(seed=2)
    grid = on_grid(actor).actor(obs)
    config = DistillConfig(teacher="search", quantisation_aware=True)
    with torch.no_grad():
        for network in start_networks(teacher_payload, config):
            assert network.actor_on_grid
            torch.testing.assert_close(network.actor(obs), grid)
        floats, _ = start_networks(teacher_payload, DistillConfig(teacher="search"))
        assert (floats.actor(obs) - grid).abs().max() > 1e-4


def test_the_command_reports_bad_input_and_writes_a_loadable_checkpoint(
    tmp_path: Path, teacher_payload: dict
) -> None:
    def sebulba(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "sebulba", "distill", *args], capture_output=True, text=True, timeout=300
        )

    corrupt = tmp_path / "corrupt.pt"
    corrupt.write_bytes(b"not a checkpoint")
    failed = sebulba(str(corrupt), "-o", str(tmp_path / "out.pt"))
    assert failed.returncode == 2 and "cannot read" in failed.stderr
    shipped = sebulba(str(PRETRAINED_DIR / "sebulba_actor.pt"), "-o", str(tmp_path / "out.pt"))
    assert shipped.returncode == 2 and "training checkpoint" in shipped.stderr
    source = tmp_path / "teacher.pt"
    torch.save(teacher_payload, source)
    bad = sebulba(str(source), "-o", str(tmp_path / "out.pt"), "--rounds", "0")
    assert bad.returncode == 2 and "rounds must be >= 1" in bad.stderr
    assert not (tmp_path / "out.pt").exists()
    small = ("--rounds", "1", "--races", "4", "--turns", "10", "--solo-races", "2", "--steps", "20")
    done = sebulba(str(source), "-o", str(tmp_path / "out.pt"), *small, "--batch", "256", "--eval-games", "0")
    assert done.returncode == 0, done.stderr
    assert isinstance(load_actor(tmp_path / "out.pt"), DeepSetsPolicy)
    assert not (tmp_path / "out-round0.pt").exists()
    kept = sebulba(
        str(source),
        "-o",
        str(tmp_path / "kept.pt"),
        *small,
        "--batch",
        "256",
        "--save-rounds",
        "--eval-games",
        "16",
    )
    assert kept.returncode == 0, kept.stderr
    assert "win_rate_vs_heuristic" in kept.stdout
    assert (tmp_path / "kept-round0.pt").read_bytes() == (tmp_path / "kept.pt").read_bytes()


def test_the_search_s_labels_decode_back_to_its_commands(teacher_payload: dict) -> None:
    """Every label is the search's command for that pod, in the policy's action space: decoded as the
    game would decode the policy's action, it is the very command (thrust, SHIELD, BOOST, direction)."""
    env = RaceVecEnv(4, "2v2", RewardWeights(), seed=5, maps="mixed")
    env.set_opponent(None)
    env.reset(seed=5)
    teacher = SearchTeam(4, rollouts=40)
    boosts = 0
    for _ in range(12):
        pods = env.learner_pods()
        commands = teacher.team_commands(env.state, env.learner_team)
        labels = search_labels(env.state, pods, commands)
        decoded = decode_actions(env.state, pods, labels, env.rules)
        shield = physics.gather_pods(commands.shield, pods)
        boost = physics.gather_pods(commands.boost, pods)
        spent = boost & physics.gather_pods(env.state.boost_used, pods)  # a BOOST then is full thrust
        boosts += int(boost.sum())
        assert torch.equal(physics.gather_pods(decoded.shield, pods), shield)
        assert torch.equal(physics.gather_pods(decoded.boost, pods), boost & ~spent)
        thrust = physics.gather_pods(decoded.thrust, pods)
        quiet = ~(shield | boost)
        assert torch.equal(thrust[quiet], physics.gather_pods(commands.thrust, pods)[quiet])
        assert bool((thrust[spent] == 100).all())
        pos = physics.gather_pods(env.state.pos, pods)
        aim = physics.gather_pods(commands.target, pods).double() - pos
        got = physics.gather_pods(decoded.target, pods).double() - pos
        cosine = (aim * got).sum(-1) / (aim.norm(dim=-1) * got.norm(dim=-1))
        # The policy turns from the printed (whole-degree) heading, the bot from the exact one: a full
        # 18-degree turn can land up to half a degree short; anything else is exact to the target's rounding.
        assert bool((cosine > math.cos(math.radians(0.51))).all()), cosine.min().item()
        env.step(labels.float())
    assert boosts  # the search boosted: that path was checked too


@pytest.mark.parametrize("taught", ["blocker", "runner"])
def test_expert_iteration_learns_the_search_s_choices_from_the_network_it_starts_with(
    teacher_payload: dict, taught: str
) -> None:
    config = DistillConfig(
        teacher="search", taught=taught, rounds=1, races=6, turns=24, steps=150, batch=512, seed=4
    )
    lines: list[str] = []
    payload = distill(teacher_payload, config, eval_games=4, log=lines.append)
    record = json.loads(payload["distillation"])
    assert [r["round"] for r in record["rounds"]] == [-1, 0]  # the starting point, then each round
    assert all("win_rate_vs_search" in r and "win_rate_vs_heuristic" in r for r in record["rounds"])
    assert record["config"]["teacher"] == "search"
    start = actor_from_payload(teacher_payload).eval()
    student = actor_from_payload(payload).eval()
    held_out = collect_search(
        start, start, races=3, turns=24, seed=999, opponent="search", expert_drives=True, taught=taught
    )
    with torch.no_grad():
        _, before = losses(start, held_out, config.kept_weight, taught=taught)
        _, after = losses(student, held_out, config.kept_weight, taught=taught)
    assert after["taught_nll"] < before["taught_nll"], (before, after)
    assert int(held_out.runner.sum()) == held_out.runner.shape[0] // 2  # one runner sample a team and turn
    with pytest.raises(ValueError, match="teacher must be one of"):
        DistillConfig(teacher="oracle")


def test_two_ranks_share_the_races_and_the_evaluation_and_write_one_checkpoint(
    teacher_payload: dict, tmp_path: Path
) -> None:
    """`--distributed 2` (torchrun, gloo): each rank races half of the races (as many samples as one
    process collects) and plays its share of the evaluation; rank 0 trains and writes the output."""
    source = tmp_path / "teacher.pt"
    torch.save(teacher_payload, source)
    small = ["--teacher", "search", "--rounds", "1", "--races", "6", "--turns", "8", "--steps", "5"]
    small += ["--taught", "runner", "--quantisation-aware"]  # a boolean flag, and the other role taught
    command = [sys.executable, "-m", "sebulba", "distill", str(source), "-o", str(tmp_path / "two.pt")]
    completed = subprocess.run(
        [*command, *small, "--batch", "64", "--eval-games", "4", "--distributed", "2"],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "OMP_NUM_THREADS": "1", "NUMBA_NUM_THREADS": "1"},
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert completed.stdout.count("wrote ") == 1  # rank 0 alone reports and writes
    record = json.loads(torch.load(tmp_path / "two.pt", weights_only=True)["distillation"])
    assert [r["round"] for r in record["rounds"]] == [-1, 0]
    assert record["config"]["taught"] == "runner" and record["config"]["quantisation_aware"] is True
    assert record["rounds"][1]["samples"] == 6 * 8 * 2  # 3 races a rank, 8 turns, 2 pods
    assert all(r["win_rate_vs_search"] in (0.0, 0.25, 0.5, 0.75, 1.0) for r in record["rounds"])
