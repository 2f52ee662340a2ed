"""Distillation: one network for both roles, one role kept from a PPO checkpoint and the other taught by a
bot (behaviour cloning with DAgger rounds): the blocker by the heuristic bot's, or (`--teacher search`)
either role by the search bot's choices.

Why (`bench/roles.py`): our PPO runner beside the heuristic's blocker wins ~81% of the fixed 2v2 games,
our PPO blocker is the gap, and no PPO lever moved it (reward terms, practice, more steps, a teacher loss
inside PPO: docs/EXPERIMENTS.md). So the student, a fresh network of the policy's shape, is trained
supervised on:
- runner samples (the team's leading pod in 2v2 races, and the pod of solo races): the PPO policy's own
  head outputs in that state, squared error over all six (the runner's whole distribution is kept);
- blocker samples (the other pod of 2v2 races): the heuristic blocker's move for that pod
  (`heuristic_blocker_commands`, encoded by `env.encode_commands`): the negative log-likelihood of its
  thrust and turn under the Betas (the deterministic blocker plays their modes: `features.beta_point`),
  the cross-entropy of its SHIELD, and BOOST never (the heuristic's blocker never boosts).
States come from races against the heuristic team: in round 0 our PPO runner races beside the heuristic's
blocker; in every later round (DAgger) beside the student's own blocker, so the student also learns the
states its own mistakes lead to. Each round adds its samples to the data and trains on all of it.

`--teacher search` (expert iteration): the blocker's teacher is the `search` bot itself (compiled,
`bots/search_batch.py`: the very choices of the shipped search), the runner is kept as above. The student
starts as the checkpoint's own actor; a blocker sample is labelled with the search's command for that pod
(thrust and turn by the Betas' log-likelihood and by the squared error of the point the bot plays, SHIELD
and BOOST by their cross-entropies). Round 0 races our team driven by the teachers (the network's runner,
the search's blocker), every later round by the student's deterministic policy (DAgger); the opponents are
the heuristic team, the search's team and the student itself (sampled), a third of the races each.
`--eval-games` then also plays the fixed games against the search's team, so each round's record is a
point of the learning curve. `--taught runner` turns the roles round: the search teaches the runner and the
blocker is kept (round 0: the search's runner beside the network's blocker). Teaching both roles at once
was measured to wreck the network (docs/EXPERIMENTS.md, 2026-12-05): the search's first moves, replanned
every turn, are a noisy label, and the likelihood alone fitted flat Betas.

The output is a training checkpoint: the teacher's, with the student as the actor (the critic and the
config stay; the optimiser state goes) and a `distillation` record, so `sebulba export`, the shipping
script and `sebulba train --resume` all take it.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, NamedTuple

import torch
from torch import Tensor
from tqdm import tqdm

from sebulba.bots.heuristic_batched import heuristic_blocker_commands
from sebulba.bots.search_batch import SearchTeam
from sebulba.config import RewardWeights
from sebulba.export.exporter import actor_from_payload
from sebulba.fileio import atomic_write_bytes
from sebulba.models.deepsets import BETA_EPSILON, DeepSetsPolicy, Observation, PolicyDistribution
from sebulba.simulation.env import RaceVecEnv, encode_commands
from sebulba.simulation.features import ACTION_STRETCH, LEADER_FEATURE
from sebulba.simulation.gpu_physics import BatchCommands, BatchState, gather_pods
from sebulba.simulation.rules import DEFAULT_RULES
from sebulba.training.distributed import SINGLE, DistributedContext, relaunch
from sebulba.training.distributed import from_environment as join_ranks
from sebulba.training.distributed import shutdown as leave_ranks
from sebulba.training.evaluation import EVAL_SEED, evaluate_vs_heuristic, evaluate_vs_search
from sebulba.training.self_play import frozen_copy

RANK_SEED_OFFSET = 100_000
"""Rank r's races are seeded this much further on (a single process's seeds are rank 0's)."""
NLL_DIVISOR = 10.0
"""The blocker's thrust-and-turn log-likelihood enters the loss divided by this: sharp Betas reach log
densities of several units, which would otherwise drown the SHIELD/BOOST cross-entropies beside them."""


TEACHERS = ("heuristic", "search")
ROLES = ("blocker", "runner")
SEARCH_OPPONENTS = ("heuristic", "search", "self")
"""The opponents of the search teacher's races, a third of them each (in this order)."""


@dataclass(frozen=True)
class DistillConfig:
    """Every setting of a distillation, named once (the record kept in the output checkpoint)."""

    teacher: str = "heuristic"
    """The blocker's teacher (the runner is kept): heuristic, the heuristic bot's blocker (a fresh
    student); search, the search bot's choices (expert iteration, the student starting from the actor)."""
    rounds: int = 2
    """Data-collection rounds: round 0 with the heuristic's blocker beside our runner, then DAgger."""
    races: int = 256
    """2v2 races per round (against the heuristic team, mixed maps)."""
    turns: int = 250
    """Turns recorded per race and round (finished races restart in place)."""
    solo_races: int = 256
    """Solo races per round (the runner benchmark's situation: no other pod in sight)."""
    steps: int = 8000
    """Adam steps per round, over all the data collected so far."""
    batch: int = 8192
    learning_rate: float = 1e-3
    """Adam's rate at each round's start, decayed linearly to 0 over the round's steps."""
    taught: str = "blocker"
    """The role the teacher teaches; the other role keeps the checkpoint's outputs. runner: the search
    teacher's runner choices, the blocker kept (the heuristic teacher teaches its blocker only)."""
    kept_weight: float = 0.1
    """Weight of the kept role's squared error against the taught role's imitation loss."""
    point_weight: float = 10.0
    """With the search teacher: weight of the imitated move's squared error at the deterministic point the
    bot plays (see `losses`): its labels spread over both ends of a control (full thrust and none, hard left
    and right), where the likelihood alone fits flat Betas whose mode is an end (a 0-thrust blocker)."""
    max_grad_norm: float = 1.0
    quantisation_aware: bool = False
    """Teacher and student run on their int8 grid (`DeepSetsPolicy.set_actor_on_grid`, straight-through
    gradients): for a teacher trained so (`ppo.quantisation_aware`), whose float weights play far from the
    grid the bot carries (b110 of 2026-12-05: 13.7% against search in float, about 30% on the grid)."""
    seed: int = 0
    """Seeds the student's initialisation, the batches and (offset per round) the races."""

    def __post_init__(self) -> None:
        for name in ("rounds", "races", "turns", "steps", "batch"):
            if getattr(self, name) < 1:
                raise ValueError(f"distillation: {name} must be >= 1, not {getattr(self, name)}")
        if self.teacher not in TEACHERS:
            raise ValueError(
                f"distillation: teacher must be one of {', '.join(TEACHERS)}, not {self.teacher!r}"
            )
        if self.point_weight < 0:
            raise ValueError(f"distillation: point_weight must be >= 0, not {self.point_weight}")
        if self.solo_races < 0:
            raise ValueError(f"distillation: solo_races must be >= 0, not {self.solo_races}")
        if self.taught not in ROLES:
            raise ValueError(f"distillation: taught must be one of {', '.join(ROLES)}, not {self.taught!r}")
        if self.taught == "runner" and self.teacher != "search":
            raise ValueError("distillation: only the search teacher teaches the runner")
        for name in ("learning_rate", "kept_weight", "max_grad_norm"):
            if not getattr(self, name) > 0:
                raise ValueError(f"distillation: {name} must be > 0, not {getattr(self, name)}")


class Samples(NamedTuple):
    """Flat samples (one pod each): observations [S, 1, ...], is-runner [S], the teaching bot's move as a
    policy action [S, 4] (read for the taught role), the teacher network's head outputs [S, 6] (read for
    the kept role)."""

    obs: Observation
    runner: Tensor
    label: Tensor
    teacher_outputs: Tensor

    @staticmethod
    def cat(parts: list[Samples]) -> Samples:
        return Samples(
            Observation(*(torch.cat([p.obs[i] for p in parts]) for i in range(len(Observation._fields)))),
            torch.cat([p.runner for p in parts]),
            torch.cat([p.label for p in parts]),
            torch.cat([p.teacher_outputs for p in parts]),
        )


def _flat(obs: Observation) -> Observation:
    return Observation(*(part.reshape(-1, 1, *part.shape[2:]) for part in obs))


@torch.no_grad()
def collect_2v2(
    teacher: DeepSetsPolicy, student: DeepSetsPolicy | None, races: int, turns: int, seed: int
) -> Samples:
    """`turns` turns of `races` 2v2 races against the heuristic team: our runner is the teacher, our
    blocker the heuristic's (`student` None) or the student's deterministic blocker."""
    env = RaceVecEnv(races, "2v2", RewardWeights(), seed=seed, maps="mixed")
    env.set_opponent(None)
    obs, _ = env.reset(seed=seed)
    parts = []
    for _ in range(turns):
        runner = obs.self_features[..., LEADER_FEATURE] > 0.5
        pods = env.learner_pods()
        move = encode_commands(env.state, pods, heuristic_blocker_commands(env.state), env.rules).float()
        head = teacher.actor(obs)  # one pass: the runner's labels and the teacher's deterministic move
        parts.append(Samples(_flat(obs), runner.reshape(-1), move.reshape(-1, 4), head.reshape(-1, 6)))
        blocker = move if student is None else student.act(obs, deterministic=True)
        obs, *_ = env.step(torch.where(runner[..., None], PolicyDistribution(head).mode(runner), blocker))
    return Samples.cat(parts)


@torch.no_grad()
def collect_solo(teacher: DeepSetsPolicy, races: int, turns: int, seed: int) -> Samples:
    """`turns` turns of `races` solo races driven by the teacher: runner samples only."""
    env = RaceVecEnv(races, "solo", RewardWeights(), seed=seed, maps="mixed")
    obs, _ = env.reset(seed=seed)
    parts = []
    for _ in range(turns):
        head = teacher.actor(obs)
        count = head.shape[0] * head.shape[1]
        runner = torch.ones(head.shape[:2], dtype=torch.bool)
        parts.append(Samples(_flat(obs), runner.reshape(-1), torch.zeros(count, 4), head.reshape(-1, 6)))
        obs, *_ = env.step(PolicyDistribution(head).mode(runner))
    return Samples.cat(parts)


def search_labels(state: BatchState, pods: Tensor, commands: BatchCommands) -> Tensor:
    """The search's commands for `pods` [N, 2] as policy actions [N, 2, 4]: a BOOST is full thrust with
    BOOST 1 (decoding boosts), or full thrust alone once the pod's BOOST is spent (what the game does)."""
    move = encode_commands(state, pods, commands, DEFAULT_RULES)
    boost = gather_pods(commands.boost, pods)
    fresh = boost & ~gather_pods(state.boost_used, pods)
    full = 0.5 + 0.5 / ACTION_STRETCH
    move[..., 0] = torch.where(boost, full, move[..., 0])
    move[..., 3] = fresh.to(move.dtype)
    return move


@torch.no_grad()
def collect_search(
    teacher: DeepSetsPolicy,
    student: DeepSetsPolicy,
    races: int,
    turns: int,
    seed: int,
    opponent: str,
    expert_drives: bool,
    taught: str = "blocker",
) -> Samples:
    """`turns` turns of `races` 2v2 races against `opponent` (SEARCH_OPPONENTS): every pod is labelled
    with the `search` bot's command for it and holds the teacher network's outputs (the loss reads the
    taught role's labels and the kept role's outputs); our team driven by the teachers (`expert_drives`:
    the search for the `taught` role, the network for the other) or by the student's deterministic policy."""
    env = RaceVecEnv(races, "2v2", RewardWeights(), seed=seed, maps="mixed")
    if opponent == "search":
        env.set_opponent(SearchTeam(races))
    elif opponent == "self":
        rival = frozen_copy(student)
        env.set_opponent(lambda obs: rival.act(obs, deterministic=False))
    else:
        env.set_opponent(None)
    search = SearchTeam(races)
    obs, _ = env.reset(seed=seed)
    parts = []
    for _ in range(turns):
        runner = obs.self_features[..., LEADER_FEATURE] > 0.5
        pods = env.learner_pods()
        move = search_labels(env.state, pods, search.team_commands(env.state, env.learner_team)).float()
        head = teacher.actor(obs)
        parts.append(Samples(_flat(obs), runner.reshape(-1), move.reshape(-1, 4), head.reshape(-1, 6)))
        if expert_drives:
            kept = kept_role(runner, taught)
            action = torch.where(kept[..., None], PolicyDistribution(head).mode(runner), move)
        else:
            action = student.act(obs, deterministic=True)
        obs, *_ = env.step(action)
    return Samples.cat(parts)


def kept_role(runner: Tensor, taught: str) -> Tensor:
    """Which samples keep the teacher network's outputs (the others are taught): the runners' while the
    blocker is taught, and the other way round."""
    return runner if taught == "blocker" else ~runner


def losses(
    student: DeepSetsPolicy,
    batch: Samples,
    kept_weight: float,
    point_weight: float = 0.0,
    taught: str = "blocker",
) -> tuple[Tensor, dict[str, float]]:
    """The loss of one batch and its parts (the kept role's squared error, the taught role's NLL and the
    turn error of its deterministic point).

    `point_weight`: the imitated (`taught`) moves also pull the deterministic point the bot plays
    (`features.beta_point`: the runner's means, the blocker's modes) onto the label, squared error in the
    action space (the thrust's left out where the label shields: the engine is off)."""
    head = student.actor(batch.obs)  # one forward pass for the distribution and the raw outputs
    dist, outputs = PolicyDistribution(head), head[:, 0]
    move, runner = batch.label, batch.runner
    thrust = move[:, 0].clamp(BETA_EPSILON, 1.0 - BETA_EPSILON)[:, None]
    turn = ((move[:, 1] + 1.0) / 2.0).clamp(BETA_EPSILON, 1.0 - BETA_EPSILON)[:, None]
    nll = -(dist.thrust.log_prob(thrust) + dist.angle.log_prob(turn))[:, 0] / NLL_DIVISOR
    flags = torch.nn.functional.binary_cross_entropy_with_logits(
        outputs[:, 4], move[:, 2], reduction="none"
    ) + torch.nn.functional.binary_cross_entropy_with_logits(outputs[:, 5], move[:, 3], reduction="none")
    squared = ((outputs - batch.teacher_outputs) ** 2).sum(-1)
    mode = dist.mode(runner[:, None])[:, 0]  # the point the bot plays (its runner's and blocker's rules)
    imitation = nll + flags
    if point_weight:
        engine_on = 1.0 - move[:, 2]
        miss = engine_on * (mode[:, 0] - move[:, 0]) ** 2 + (mode[:, 1] - move[:, 1]) ** 2
        imitation = imitation + point_weight * miss
    kept = kept_role(runner, taught)
    loss = torch.where(kept, kept_weight * squared, imitation).mean()
    with torch.no_grad():
        imitated = ~kept
        parts = {
            "kept_squared_error": float(squared[kept].mean()) if bool(kept.any()) else 0.0,
            "taught_nll": float(nll[imitated].mean()) if bool(imitated.any()) else 0.0,
            "taught_turn_error": float((mode[:, 1] - move[:, 1]).abs()[imitated].mean())
            if bool(imitated.any())
            else 0.0,
        }
    return loss, parts


def train(
    student: DeepSetsPolicy, data: Samples, config: DistillConfig, generator: torch.Generator, label: str
) -> dict[str, float]:
    """`config.steps` Adam steps on batches drawn from `data`; returns the last batch's loss parts."""
    optimizer = torch.optim.Adam(student.actor.parameters(), lr=config.learning_rate)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: 1.0 - step / config.steps)
    student.train()
    parts: dict[str, float] = {}
    total = data.runner.shape[0]
    point_weight = config.point_weight if config.teacher == "search" else 0.0
    with tqdm(range(config.steps), desc=label, unit="step", leave=False, file=sys.stderr) as bar:
        for step in bar:
            index = torch.randint(0, total, (min(config.batch, total),), generator=generator)
            batch = Samples(Observation(*(part[index] for part in data.obs)), *(t[index] for t in data[1:]))
            loss, parts = losses(student, batch, config.kept_weight, point_weight, config.taught)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(student.actor.parameters(), config.max_grad_norm)
            optimizer.step()
            schedule.step()
            if step % 100 == 0:
                bar.set_postfix(
                    turn_error=f"{parts['taught_turn_error']:.3f}",
                    kept=f"{parts['kept_squared_error']:.3f}",
                )
    student.eval()
    return parts


def _checkpoint(
    teacher_payload: dict[str, Any], student: DeepSetsPolicy, config: DistillConfig, history: list[dict]
) -> dict[str, Any]:
    """The teacher's checkpoint with the student as its actor, without the optimiser state, with a record."""
    model = actor_from_payload(teacher_payload)
    model.actor.load_state_dict(student.actor_state_dict())
    payload = {k: v for k, v in teacher_payload.items() if k not in ("model", "optimizer")}
    payload["model"] = model.state_dict()
    payload["distillation"] = json.dumps({"config": asdict(config), "rounds": history})
    return payload


def _evaluations(
    student: DeepSetsPolicy, games: int, versus_search: bool = True, context: DistributedContext = SINGLE
) -> dict[str, float]:
    """The student's deterministic win rates on fixed games (the heuristic's, and the search's). Over N
    ranks each plays its share of the games, drawn from the evaluation seed plus its rank (so N ranks play
    one fixed set of their own, not the single process's)."""
    share = -(-games // context.world_size)
    seed = EVAL_SEED + context.rank
    rates = {}
    opponents = {"win_rate_vs_heuristic": evaluate_vs_heuristic}
    if versus_search:
        opponents["win_rate_vs_search"] = evaluate_vs_search
    for name, evaluate in opponents.items():
        result = evaluate(student, share, seed=seed)
        wins_and_games = context.gather((result.wins, result.games))
        rates[name] = sum(w for w, _ in wins_and_games) / sum(g for _, g in wins_and_games)
    return rates


def _collect_round(
    teacher: DeepSetsPolicy,
    student: DeepSetsPolicy,
    config: DistillConfig,
    round_index: int,
    context: DistributedContext,
) -> list[Samples]:
    """One round's samples: each rank races its share of the races, seeded by its rank; rank 0 (which
    trains) gets every rank's, the others keep none."""
    race_seed = config.seed * 1000 + round_index + RANK_SEED_OFFSET * context.rank
    races = -(-config.races // context.world_size)
    parts = []
    if config.teacher == "search":
        share = -(-races // len(SEARCH_OPPONENTS))
        for offset, opponent in enumerate(SEARCH_OPPONENTS):
            seed = race_seed + 100 * offset
            expert_drives = round_index == 0
            parts.append(
                collect_search(
                    teacher, student, share, config.turns, seed, opponent, expert_drives, config.taught
                )
            )
    else:
        blocker = None if round_index == 0 else student
        parts.append(collect_2v2(teacher, blocker, races, config.turns, race_seed))
        if config.solo_races:
            solo = -(-config.solo_races // context.world_size)
            parts.append(collect_solo(teacher, solo, config.turns, race_seed + 500))
    gathered = context.gather(parts)
    return [part for rank_parts in gathered for part in rank_parts] if context.is_main else []


def start_networks(
    teacher_payload: dict[str, Any], config: DistillConfig
) -> tuple[DeepSetsPolicy, DeepSetsPolicy]:
    """(teacher, student) before round 0: the student fresh (seeded), or the teacher's own actor with the
    search teacher (expert iteration improves the policy it starts from); both on their int8 grid with
    `quantisation_aware`."""
    teacher = actor_from_payload(teacher_payload).eval()
    torch.manual_seed(config.seed)
    student = DeepSetsPolicy(teacher.size).eval()
    if config.teacher == "search":
        student.actor.load_state_dict(teacher.actor_state_dict())
    for network in (teacher, student):
        network.set_actor_on_grid(config.quantisation_aware)
    return teacher, student


def distill(
    teacher_payload: dict[str, Any],
    config: DistillConfig,
    eval_games: int = 0,
    log: Callable[[str], Any] = print,
    on_round: Callable[[int, dict[str, Any]], Any] | None = None,
    context: DistributedContext = SINGLE,
) -> dict[str, Any]:
    """The distilled training checkpoint (see the module's docstring) from a training checkpoint;
    `on_round(index, checkpoint)` receives the checkpoint after every round (on rank 0). Over N ranks
    (`context`), every rank collects and evaluates its share and rank 0 trains the student, whose weights
    every rank then takes for the next round's races."""
    if "model" not in teacher_payload:
        raise ValueError("the teacher must be a training checkpoint (with 'model'), not a shipped actor")
    teacher, student = start_networks(teacher_payload, config)
    generator = torch.Generator().manual_seed(config.seed)
    parts: list[Samples] = []
    history = []
    versus_search = config.teacher == "search"
    if not context.is_main:
        log = _quiet
    if eval_games and versus_search:
        history.append({"round": -1, **_evaluations(student, eval_games, True, context)})  # the start
        log(" ".join(f"{k} {v:.4g}" if isinstance(v, float) else f"{k} {v}" for k, v in history[-1].items()))
    for round_index in range(config.rounds):
        start = time.perf_counter()
        parts.extend(_collect_round(teacher, student, config, round_index, context))
        entry: dict[str, Any] = {"round": round_index}
        if context.is_main:
            data = Samples.cat(parts)
            entry["samples"] = int(data.runner.shape[0])
            entry.update(train(student, data, config, generator, f"round {round_index}"))
        if context.enabled:  # every rank races the next round with the student rank 0 trained
            student.actor.load_state_dict(context.broadcast(student.actor_state_dict()))
        if eval_games:
            entry.update(_evaluations(student, eval_games, versus_search, context))
        entry["seconds"] = round(time.perf_counter() - start, 1)
        history.append(entry)
        log(" ".join(f"{k} {v:.4g}" if isinstance(v, float) else f"{k} {v}" for k, v in entry.items()))
        if on_round is not None and context.is_main:
            on_round(round_index, _checkpoint(teacher_payload, student, config, history))
    return _checkpoint(teacher_payload, student, config, history)


def _quiet(line: str) -> None:
    """Ranks other than 0 print nothing."""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "distill",
        help="teach a checkpoint's blocker the heuristic bot's, or with --teacher search one role (--taught) "
        "the search bot's choices (expert iteration), the other role kept (DAgger rounds)",
    )
    parser.add_argument("checkpoint", type=Path, help="a training checkpoint (the runner's teacher)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the distilled checkpoint (.pt)")
    parser.add_argument(
        "--save-rounds", action="store_true", help="also keep each round's checkpoint (OUTPUT-roundN.pt)"
    )
    parser.add_argument(
        "--eval-games", type=int, default=512, help="fixed 2v2 games after each round (0: none)"
    )
    parser.add_argument(
        "--distributed",
        type=int,
        default=1,
        metavar="N",
        help="N processes on this machine (torchrun): each collects and evaluates its share of the races",
    )
    for field in fields(DistillConfig):
        flag = "--" + field.name.replace("_", "-")
        if isinstance(field.default, bool):
            parser.add_argument(
                flag,
                action=argparse.BooleanOptionalAction,
                default=field.default,
                help=f"default {field.default}",
            )
            continue
        choices = {"teacher": TEACHERS, "taught": ROLES}.get(field.name)
        parser.add_argument(
            flag,
            type=type(field.default),
            default=field.default,
            choices=choices,
            help=f"default {field.default}",
        )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.distributed > 1 and "WORLD_SIZE" not in os.environ:
        argv = sys.argv[sys.argv.index("distill") + 1 :]
        return relaunch(args.distributed, argv, ["-m", "sebulba", "distill"])
    try:
        config = DistillConfig(**{f.name: getattr(args, f.name) for f in fields(DistillConfig)})
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        payload = torch.load(args.checkpoint, map_location="cpu", weights_only=True)
    except Exception as error:
        print(f"error: cannot read {args.checkpoint}: {error.__class__.__name__}", file=sys.stderr)
        return 2
    output: Path = args.output

    def save(round_index: int, checkpoint: dict[str, Any]) -> None:
        """After every round: the output so far (atomic: a kill leaves the last whole round)."""
        buffer = io.BytesIO()
        torch.save(checkpoint, buffer)
        atomic_write_bytes(output, buffer.getvalue())
        if args.save_rounds:
            kept = output.with_name(f"{output.stem}-round{round_index}{output.suffix}")
            atomic_write_bytes(kept, buffer.getvalue())

    context = join_ranks()
    finished = False
    try:
        distill(payload, config, eval_games=args.eval_games, on_round=save, context=context)
        finished = True
    except ValueError as error:
        print(f"error: {args.checkpoint}: {error}", file=sys.stderr)
        return 2
    finally:
        leave_ranks(context, finished)
    if context.is_main:
        print(f"wrote {output}")
    return 0
