"""PPO end to end on the real env and model: GAE, hot reload, checkpoints, resume after kill -9."""

from __future__ import annotations

import copy
import dataclasses
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch

from sebulba.bots.search_batch import SearchTeam
from sebulba.config import ConfigError, ConfigManager, preset
from sebulba.export.exporter import load_actor, on_grid
from sebulba.export.ship import PRETRAINED_MODEL, ship
from sebulba.models.deepsets import NetworkSize
from sebulba.simulation.features import LEADER_FEATURE
from sebulba.training.checkpoints import CheckpointError, CheckpointStore
from sebulba.training.ppo import KEEP_CHECKPOINTS, Rollout, Trainer, compute_gae
from sebulba.training.self_play import frozen_copy

TINY = {
    "ppo": {"num_envs": 16, "num_steps": 16, "num_minibatches": 2, "update_epochs": 2},
    "checkpoint_every": 2,
}


def tiny_config(**extra: dict) -> ConfigManager:
    manager = ConfigManager(preset("cpu"))
    manager.update(TINY)
    for update in extra.values():
        manager.update(update)
    return manager


def test_gae_matches_a_hand_computed_example() -> None:
    rewards = torch.tensor([[1.0], [0.0], [2.0]])
    values = torch.tensor([[0.5], [0.4], [0.3]])
    dones = torch.tensor([[0.0], [0.0], [1.0]])
    next_value, next_done = torch.tensor([0.9]), torch.tensor([0.0])
    gamma, lam = 0.9, 0.8
    advantages, returns = compute_gae(rewards, values, dones, next_value, next_done, gamma, lam)
    delta2 = 2.0 + gamma * 0.9 - 0.3
    delta1 = 0.0 + 0.0 - 0.4  # obs[2] starts a new race: no bootstrap through it
    delta0 = 1.0 + gamma * 0.4 - 0.5
    a1 = delta1
    a0 = delta0 + gamma * lam * a1
    torch.testing.assert_close(advantages.flatten(), torch.tensor([a0, a1, delta2]))
    torch.testing.assert_close(returns, advantages + values)


def test_iterations_learn_log_checkpoint_and_keep_the_best(tmp_path: Path) -> None:
    manager = tiny_config(window={"curriculum": {"window_episodes": 10}})
    trainer = Trainer(manager, tmp_path)
    before = [p.clone() for p in trainer.model.parameters()]
    stats = []
    for finished in (5, 2, 8):  # synthetic solo races: no race ends within 16 turns of the real ones
        trainer.curriculum.record([250] * 10, [1.0] * finished + [0.0] * (10 - finished))
        stats.append(trainer.train_iteration())
    trainer.close()
    assert stats[-1].step == 3 * 16 * 16 and stats[-1].iteration == 3
    assert any(not torch.equal(a, b) for a, b in zip(before, trainer.model.parameters(), strict=True))
    assert all(torch.isfinite(torch.tensor([s.value_loss, s.entropy, s.approx_kl])).all() for s in stats)
    store = CheckpointStore(tmp_path)
    assert store.latest("ckpt-")[0] == "ckpt-0000002"
    assert store.load("best-solo")["best_win_rate"] == 0.8
    bests = [e.message for e in trainer.hub.events_after(0) if e.kind == "best_model"]
    assert len(bests) == 2 and "win rate 50.0%" in bests[0] and "win rate 80.0%" in bests[1]
    assert list((tmp_path / "runs").rglob("events.out.tfevents.*"))


def test_hot_reload_reaches_the_next_iteration(tmp_path: Path) -> None:
    manager = tiny_config()
    trainer = Trainer(manager, tmp_path)
    trainer.train_iteration()
    manager.update({"ppo": {"learning_rate": 1e-3, "anneal_lr": False}, "rewards": {"team_spirit": 0.9}})
    stats = trainer.train_iteration()
    trainer.close()
    assert stats.learning_rate == 1e-3
    assert trainer.optimizer.param_groups[0]["lr"] == 1e-3
    assert trainer.env.rewards.team_spirit == 0.9


def test_stage_override_switches_the_environment(tmp_path: Path) -> None:
    manager = tiny_config()
    trainer = Trainer(manager, tmp_path)
    manager.update({"curriculum": {"stage_override": "2v2"}})
    trainer.train_iteration()
    stats = trainer.train_iteration()
    trainer.close()
    assert trainer.env.stage == "2v2" and trainer.env.num_agents == 2 and stats.stage == "2v2"


def test_league_iterations_against_the_search_team_are_not_rated_and_reach_the_control_room(
    tmp_path: Path,
) -> None:
    manager = tiny_config(
        league={"league": {"heuristic_share": 0.0, "search_share": 1.0, "search_rollouts": 7}},
        stage={"curriculum": {"stage_override": "league", "solo_practice_share": 0.0}},
    )
    trainer = Trainer(manager, tmp_path)
    trainer.league.add(trainer.model, "learner", 0, 0)
    elo = trainer.league.learner_elo
    stats = [trainer.train_iteration() for _ in range(2)]
    assert isinstance(trainer.env.opponent, SearchTeam) and stats[1].opponent == "search"
    assert trainer.env.opponent.planner.rollouts == 7  # the sparring partner's strength, hot-reloaded:
    manager.update({"league": {"search_rollouts": 11}})
    trainer.train_iteration()
    assert trainer.env.opponent.planner.rollouts == 11
    trainer.record_opponent_result([1.0, 0.0, 0.0, 0.0])
    trainer.close()
    assert trainer.league.learner_elo == elo and trainer.league.members[0]["games"] == 0
    assert trainer.last_league_search_win_rate == 0.25


def test_a_zero_blocker_weight_trains_the_policy_on_the_runners_samples_alone(tmp_path: Path) -> None:
    """`league.search_blocker_weight` 0: what the blockers' samples say leaves the update unchanged (their
    advantages rewritten, the same parameters after it); at weight 1 it changes the update."""
    manager = tiny_config(stage={"curriculum": {"stage_override": "2v2", "solo_practice_share": 0.0}})
    trainer = Trainer(manager, tmp_path)
    trainer.train_iteration()
    ppo = manager.get_snapshot().ppo
    batch = trainer.rollout(ppo)
    runner = batch.obs.self_features[:, 0, LEADER_FEATURE] > 0.5
    assert bool(runner.any()) and bool((~runner).any())
    rewritten = dataclasses.replace(
        batch, advantages=torch.where(runner[:, None], batch.advantages, 1.0 - 3.0 * batch.advantages)
    )
    model = copy.deepcopy(trainer.model.state_dict())
    optimizer = copy.deepcopy(trainer.optimizer.state_dict())

    def after_update(rollout: Rollout, blocker_weight: float) -> list[torch.Tensor]:
        trainer.model.load_state_dict(model)
        trainer.optimizer.load_state_dict(copy.deepcopy(optimizer))  # Adam steps its state in place
        torch.manual_seed(0)  # the same minibatches
        trainer.update(rollout, ppo, blocker_weight)
        return [p.detach().clone() for p in trainer.model.parameters()]

    same = zip(after_update(batch, 0.0), after_update(rewritten, 0.0), strict=True)
    assert all(torch.allclose(a, b) for a, b in same)
    moved = zip(after_update(batch, 1.0), after_update(rewritten, 1.0), strict=True)
    assert not all(torch.allclose(a, b) for a, b in moved)
    trainer.close()


def test_league_iterations_against_the_heuristic_team_are_not_rated(tmp_path: Path) -> None:
    manager = tiny_config(
        league={"league": {"heuristic_share": 1.0}},
        stage={"curriculum": {"stage_override": "league", "solo_practice_share": 0.0}},
    )
    trainer = Trainer(manager, tmp_path)
    trainer.league.add(trainer.model, "learner", 0, 0)
    elo = trainer.league.learner_elo
    stats = [trainer.train_iteration() for _ in range(3)]
    trainer.close()
    assert trainer.env.stage == "league" and trainer.env.opponent is None
    assert [s.opponent for s in stats[1:]] == ["heuristic", "heuristic"]
    trainer.record_opponent_result([1.0, 1.0, 0.0])
    assert trainer.league.learner_elo == elo and trainer.league.members[0]["games"] == 0
    trainer.opponent_id = trainer.league.members[0]["id"]
    trainer.record_opponent_result([1.0, 1.0, 0.0])
    assert trainer.league.learner_elo > elo and trainer.league.members[0]["games"] == 3


def test_solo_practice_iterations_race_alone_and_leave_the_stage_races_as_they_were(tmp_path: Path) -> None:
    """curriculum.solo_practice_share: practice iterations roll out solo races (one pod, no opponent) and
    train on them; the 2v2 races wait where they were and the stage's win window records nothing."""
    manager = tiny_config(
        stage={"curriculum": {"stage_override": "2v2", "window_episodes": 10, "solo_practice_share": 0.0}}
    )
    trainer = Trainer(manager, tmp_path)
    trainer.train_iteration()
    turn = trainer.env.state.turn.clone()
    pods = trainer.next_obs.self_features.clone()
    trainer.curriculum.record([200] * 10, [1.0] * 10)
    before = [p.clone() for p in trainer.model.parameters()]
    manager.update({"curriculum": {"solo_practice_share": 1.0}})
    stats = [trainer.train_iteration() for _ in range(2)]
    assert [s.opponent for s in stats] == ["solo practice"] * 2 and stats[-1].stage == "2v2"
    assert trainer.solo_practice is not None and trainer.solo_practice[0].stage == "solo"
    assert int(trainer.solo_practice[0].state.turn.max()) == 32  # the races went on across iterations
    assert trainer.env.stage == "2v2" and torch.equal(trainer.env.state.turn, turn)
    assert torch.equal(trainer.next_obs.self_features, pods)
    assert trainer.curriculum.win_rate() == 1.0  # the window still holds the 2v2 results only
    assert any(not torch.equal(a, b) for a, b in zip(before, trainer.model.parameters(), strict=True))
    manager.update({"curriculum": {"solo_practice_share": 0.0}})
    assert trainer.train_iteration().opponent == "self"
    assert not torch.equal(trainer.env.state.turn, turn)
    trainer.close()


def wait_for_checkpoint(store: CheckpointStore, iteration: int) -> dict:
    deadline = time.monotonic() + 120
    while True:
        found = store.latest("ckpt-")
        if found is not None and found[1]["iteration"] >= iteration:
            return found[1]
        assert time.monotonic() < deadline, f"no checkpoint of iteration {iteration}"
        time.sleep(0.2)


def test_resume_after_kill_9_then_ctrl_c_saves_and_exits(tmp_path: Path) -> None:
    options = [
        "--data-dir", str(tmp_path), "--num-envs", "16",
        "--set", "ppo.num_steps=16", "--set", "ppo.num_minibatches=2", "--set", "checkpoint_every=1",
    ]  # fmt: skip
    store = CheckpointStore(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "sebulba", "train", *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_checkpoint(store, 3)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    name, killed = store.latest("ckpt-")
    resumed = subprocess.Popen(
        [sys.executable, "-m", "sebulba.training", *options, "--resume"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    after = wait_for_checkpoint(store, killed["iteration"] + 1)
    resumed.send_signal(signal.SIGINT)
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    assert f"resumed from {name}" in stderr and "interrupted: saving a checkpoint" in stderr
    assert after["iteration"] > killed["iteration"]
    assert (
        after["global_step"] == killed["global_step"] + (after["iteration"] - killed["iteration"]) * 16 * 16
    )
    assert store.latest("ckpt-")[1]["global_step"] >= after["global_step"]


def _weights(module: torch.nn.Module) -> list[torch.Tensor]:
    return [p.detach().clone() for p in module.parameters()]


def _same(a: list[torch.Tensor], b: list[torch.Tensor]) -> bool:
    return all(torch.equal(x, y) for x, y in zip(a, b, strict=True))


def test_init_from_a_shipped_actor_warms_its_fresh_critic_before_the_policy_moves(tmp_path: Path) -> None:
    """`sebulba train --init actor.pt`: an actor's weights without a critic, a fresh critic trained alone for
    `critic_warmup_iterations`, then PPO on both; the run's checkpoints say where it came from, and a resume
    continues the run (not the actor file again)."""
    shipped = load_actor(PRETRAINED_MODEL)
    source = tmp_path / "actor.pt"  # an actor without its critic (a league member, an older shipped file)
    torch.save({"actor": shipped.actor_state_dict()}, source)
    manager = tiny_config(
        stage={"curriculum": {"stage_override": "2v2", "solo_practice_share": 0.0}},
        warmup={"ppo": {"critic_warmup_iterations": 2}},
    )
    trainer = Trainer(manager, tmp_path / "run", init_from=source)
    assert trainer.initialised_from == str(source) and trainer.iteration == 0
    start = _weights(trainer.model.actor)
    assert _same(start, _weights(shipped.actor))
    critic = _weights(trainer.model.critic)
    warmup = [trainer.train_iteration() for _ in range(2)]
    assert _same(_weights(trainer.model.actor), start)  # the policy held still while the critic learned
    assert not _same(_weights(trainer.model.critic), critic)
    ppo = manager.get_snapshot().ppo
    assert [s.learning_rate for s in warmup] == [ppo.critic_warmup_learning_rate] * 2
    assert trainer.train_iteration().learning_rate < ppo.learning_rate
    assert not _same(_weights(trainer.model.actor), start)  # then PPO moves it
    trainer.save_checkpoint()
    trainer.close()
    payload = CheckpointStore(tmp_path / "run").load("ckpt-0000003")
    assert payload["initialised_from"] == str(source) and payload["critic_warmup_until"] == 2
    resumed = Trainer(manager, tmp_path / "run", resume=True, init_from=source)
    assert resumed.resumed_from == "ckpt-0000003" and resumed.iteration == 3
    assert _same(_weights(resumed.model.actor), _weights(trainer.model.actor))
    resumed.close()


def test_init_from_a_training_checkpoint_keeps_its_critic_and_a_bad_file_is_refused(tmp_path: Path) -> None:
    source_run = Trainer(tiny_config(), tmp_path / "source")
    source_run.train_iteration()
    source_run.save_checkpoint()
    source_run.close()
    source = tmp_path / "source" / "checkpoints" / "ckpt-0000001.pt"
    trainer = Trainer(tiny_config(), tmp_path / "run", init_from=source)
    assert trainer.critic_warmup_until == 0 and trainer.iteration == 0  # its own critic: no warm-up
    assert _same(_weights(trainer.model.critic), _weights(source_run.model.critic))
    trainer.close()
    shipped = ship(source, {}, directory=tmp_path)  # a shipped model carries the critic trained beside it
    trainer = Trainer(tiny_config(), tmp_path / "from-shipped", init_from=shipped)
    assert trainer.critic_warmup_until == 0
    assert _same(_weights(trainer.model.critic), _weights(source_run.model.critic))
    trainer.close()
    corrupt = tmp_path / "corrupt.pt"
    corrupt.write_bytes(b"not a checkpoint")
    run_dir = tmp_path / "x"
    result = subprocess.run(
        [sys.executable, "-m", "sebulba.training", "--data-dir", str(run_dir), "--init", str(corrupt)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "corrupt.pt: not a readable checkpoint" in result.stderr
    assert not list(run_dir.rglob("ckpt-*.pt"))  # refused before any training


def test_init_widens_a_narrower_network_and_the_widths_stay_fixed_for_the_run(tmp_path: Path) -> None:
    """`--set model.trunk_hidden=96 --init NARROW.pt`: the run starts from the trained network grown to the
    config's widths (the same actions and values), trains them, and holds them: a hot change of `model` is
    refused, a resume at other widths is refused with a clear error, and a network never shrinks."""
    source = tmp_path / "narrow.pt"
    torch.save(torch.load(PRETRAINED_MODEL, weights_only=True), source)
    narrow = load_actor(source)
    wide = {"model": {"entity_hidden": 40, "context": 20, "trunk_hidden": 96}}
    manager = tiny_config(wide=wide)
    trainer = Trainer(manager, tmp_path / "run", init_from=source)
    assert trainer.model.size == NetworkSize(40, 20, 96)
    obs = trainer.next_obs
    acts = trainer.model.act(obs, deterministic=True)
    torch.testing.assert_close(acts, narrow.act(obs, deterministic=True))
    with pytest.raises(ConfigError, match="model: fixed"):
        manager.update({"model": {"trunk_hidden": 128}})
    manager.update({"ppo": {"ent_coef": 0.002}})  # the rest stays hot
    trainer.critic_warmup_until = 0
    trainer.train_iteration()
    trainer.save_checkpoint()
    trainer.close()
    with pytest.raises(CheckpointError, match="widths"):
        Trainer(tiny_config(), tmp_path / "run", resume=True)
    resumed = Trainer(tiny_config(wide=wide), tmp_path / "run", resume=True)
    assert resumed.iteration == 1 and resumed.model.size == NetworkSize(40, 20, 96)
    resumed.close()
    with pytest.raises(CheckpointError, match="cannot shrink"):
        Trainer(tiny_config(small={"model": {"trunk_hidden": 32}}), tmp_path / "other", init_from=source)


def test_init_splits_a_one_network_actor_into_the_roles_networks(tmp_path: Path) -> None:
    """`--set model.role_split=true --init ONE.pt`: both roles' networks start from the trained actor (the
    same actions), a 2v2 iteration trains each on its own role's samples, and the run resumes split; a
    one-network run refuses the split checkpoint."""
    source = tmp_path / "one.pt"
    torch.save(torch.load(PRETRAINED_MODEL, weights_only=True), source)
    one = load_actor(source)
    split = {"model": {"role_split": True}}
    stage = {"curriculum": {"stage_override": "2v2", "solo_practice_share": 0.0}}
    trainer = Trainer(tiny_config(stage=stage, split=split), tmp_path / "run", init_from=source)
    assert trainer.model.size == one.size._replace(role_split=True)
    obs = trainer.next_obs
    torch.testing.assert_close(trainer.model.act(obs, deterministic=True), one.act(obs, deterministic=True))
    trainer.critic_warmup_until = 0
    trainer.train_iteration()
    trainer.save_checkpoint()
    trainer.close()
    actor = trainer.model.actor
    for network in (actor.runner, actor.blocker):
        moved = [
            (a - b).abs().max() for a, b in zip(network.parameters(), one.actor.parameters(), strict=True)
        ]
        assert max(moved) > 0
    apart = [
        (a - b).abs().max()
        for a, b in zip(actor.runner.parameters(), actor.blocker.parameters(), strict=True)
    ]
    assert max(apart) > 0
    with pytest.raises(CheckpointError, match="widths"):
        Trainer(tiny_config(stage=stage), tmp_path / "run", resume=True)
    resumed = Trainer(tiny_config(stage=stage, split=split), tmp_path / "run", resume=True)
    assert resumed.iteration == 1 and resumed.model.size.role_split
    resumed.close()


def test_quantisation_aware_training_rolls_out_and_learns_on_the_int8_grid(tmp_path: Path) -> None:
    """With `ppo.quantisation_aware` the rollout's log-probs are the int8 policy's (what the update's ratio
    starts from), the float weights learn, and turning it off through the config returns to the floats."""
    manager = tiny_config(
        stage={"curriculum": {"stage_override": "2v2", "solo_practice_share": 0.0}},
        qat={"ppo": {"quantisation_aware": True}},
    )
    trainer = Trainer(manager, tmp_path)
    before = _weights(trainer.model.actor)
    trainer.train_iteration()
    assert trainer.model.actor_on_grid and not _same(_weights(trainer.model.actor), before)
    batch = trainer.rollout(manager.get_snapshot().ppo)
    snapped = on_grid(trainer.model)
    opponent = frozen_copy(trainer.model)  # self-play's copy plays on the grid too
    floats = frozen_copy(trainer.model)
    floats.set_actor_on_grid(False)
    with torch.no_grad():
        grid_logprobs = snapped.distribution(batch.obs).log_prob(batch.actions)
        opponent_logprobs = opponent.distribution(batch.obs).log_prob(batch.actions)
        float_logprobs = floats.distribution(batch.obs).log_prob(batch.actions)
    torch.testing.assert_close(batch.logprobs, grid_logprobs)
    torch.testing.assert_close(opponent_logprobs, grid_logprobs)
    assert (batch.logprobs - float_logprobs).abs().max() > 1e-4
    manager.update({"ppo": {"quantisation_aware": False}})
    trainer.train_iteration()
    trainer.close()
    assert not trainer.model.actor_on_grid


def test_rolling_retention_keeps_what_this_run_wrote_and_leaves_another_runs_files(tmp_path: Path) -> None:
    """An older run's ckpt-67..69 in the folder: the new run's rotation neither deletes them nor its own."""
    older = Trainer(tiny_config(), tmp_path / "run")
    for iteration in (67, 68, 69):
        older.iteration = iteration
        older.save_checkpoint()
    older.close()
    trainer = Trainer(tiny_config(), tmp_path / "run")
    for iteration in range(1, KEEP_CHECKPOINTS + 3):
        trainer.iteration = iteration
        trainer.save_checkpoint()
    trainer.close()
    names = {info.name for info in CheckpointStore(tmp_path / "run").list()}
    assert {"ckpt-0000067", "ckpt-0000068", "ckpt-0000069"} <= names
    latest = [f"ckpt-{i:07d}" for i in range(3, KEEP_CHECKPOINTS + 3)]
    assert set(latest) <= names and "ckpt-0000001" not in names
