"""Does look-ahead at decision time beat the trained actor's own move? (issue 5: the bot's next step)

    .venv/bin/python bench/lookahead.py CHECKPOINT critic [--games 256]
    .venv/bin/python bench/lookahead.py CHECKPOINT rollout [--games 130] [--depth 12]

Both play batched races with the exact engine and print the plain deterministic actor beside the look-ahead:
  - `critic`: 2v2 against the heuristic team on the evaluation's fixed games. Each turn each own pod tries
    15 moves (5 angle offsets x {the actor's thrust, full, 30%}), one turn ahead, the enemies playing their
    real heuristic move (an oracle no bot has), the teammate its actor move; it keeps the move whose next
    state its critic values most. CHECKPOINT must be a training checkpoint (it holds the critic).
  - `rollout`: the runner alone on official maps. Each turn it tries 15 first moves, follows each with the
    actor for `depth - 1` turns, and keeps the move that covers most of the track (finishing first wins).
Cost a turn: `critic` 30 critic passes (affordable in the pure-Python bot, ~0.7 ms a pass); `rollout`
15 x (depth - 1) actor passes (165 at depth 12), more than a bot could afford in 75 ms: an upper bound on
what this kind of search can give.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import fields
from pathlib import Path
from typing import TypeVar

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sebulba.bots.heuristic_batched import heuristic_team_commands  # noqa: E402
from sebulba.export.exporter import load_actor  # noqa: E402
from sebulba.models.deepsets import DeepSetsPolicy  # noqa: E402
from sebulba.simulation import gpu_physics as physics  # noqa: E402
from sebulba.simulation.env import (  # noqa: E402
    RaceVecEnv,
    added_boost_hazard,
    decode_actions,
    merge_commands,
    observe_all,
    select_pods,
    track_progress,
    update_leaders,
)
from sebulba.training.evaluation import EVAL_SEED, fixed_races  # noqa: E402

ANGLE_OFFSETS = (-0.5, -0.25, 0.0, 0.25, 0.5)
"""Added to the actor's angle output (1 = the largest turn, 18 degrees, before ACTION_STRETCH)."""
THRUSTS = (None, 1.0, 0.3)
"""None keeps the actor's thrust."""
T = TypeVar("T")


def repeat(batch: T, k: int) -> T:
    """Each race of a batched state or command set k times in a row."""
    return type(batch)(**{f.name: getattr(batch, f.name).repeat_interleave(k, 0) for f in fields(batch)})


def candidates(base: torch.Tensor, pod: int) -> torch.Tensor:
    """[N, A, 4] actor moves -> [N, K, A, 4] with pod `pod`'s move varied (angle offset x thrust)."""
    out = base[:, None].expand(-1, len(ANGLE_OFFSETS) * len(THRUSTS), -1, -1).clone()
    for k, (offset, thrust) in enumerate((o, t) for o in ANGLE_OFFSETS for t in THRUSTS):
        out[:, k, pod, 1] = (base[:, pod, 1] + offset).clamp(-1.0, 1.0)
        if thrust is not None:
            out[:, k, pod, 0] = thrust
    return out


def critic_move(env: RaceVecEnv, model: DeepSetsPolicy, base: torch.Tensor) -> torch.Tensor:
    """Each own pod's candidate whose next state the critic values most (enemies: their real move)."""
    n, state = env.num_envs, env.state
    ours = env._pods_of(env.learner_team)
    theirs = heuristic_team_commands(state)
    chosen = base.clone()
    for pod in range(base.shape[1]):
        moves = candidates(base, pod)
        k = moves.shape[1]
        states, pods = repeat(state, k), ours.repeat_interleave(k, 0)
        hazard = physics.gather_pods(env.boost_hazard, ours).repeat_interleave(k, 0)
        mine = decode_actions(states, pods, moves.reshape(n * k, *base.shape[1:]), env.rules, hazard)
        own_team = env._teams[None] == env.learner_team.repeat_interleave(k, 0)[:, None]
        after, _ = physics.step(states, merge_commands(own_team, mine, repeat(theirs, k)), env.rules)
        leaders = update_leaders(env.leader.repeat_interleave(k, 0), after)
        obs = observe_all(after, leaders, env.boost_seen.repeat_interleave(k, 0), env.rules)
        value = model.get_value(select_pods(obs, pods)).reshape(n, k, -1)[..., pod]
        won = after.finished & (after.winner == env.learner_team.repeat_interleave(k, 0))
        best = (value + 1e3 * won.reshape(n, k)).argmax(1)
        chosen[:, pod] = moves[torch.arange(n), best, pod]
    return chosen


def rollout_move(env: RaceVecEnv, model: DeepSetsPolicy, base: torch.Tensor, depth: int) -> torch.Tensor:
    """The candidate first move that, followed by the actor, covers most track in `depth` turns."""
    n = env.num_envs
    moves = candidates(base, 0)
    k = moves.shape[1]
    state = repeat(env.state, k)
    pods = torch.zeros(n * k, 1, dtype=torch.long)
    hazard = env.boost_hazard.repeat_interleave(k, 0)
    leaders, seen = env.leader.repeat_interleave(k, 0), env.boost_seen.repeat_interleave(k, 0)
    action = moves.reshape(n * k, 1, 4)
    for turn in range(depth):
        commands = decode_actions(state, pods, action, env.rules, hazard)
        hazard = hazard + added_boost_hazard(state, pods, action.to(hazard.dtype), commands)
        state, _ = physics.step(state, commands, env.rules)
        if turn < depth - 1:
            action = model.act(observe_all(state, leaders, seen, env.rules), deterministic=True)
    score = track_progress(state)[:, 0] + 1e9 * state.finished
    return moves[torch.arange(n), score.reshape(n, k).argmax(1)]


@torch.no_grad()
def play(model: DeepSetsPolicy, mode: str, games: int, depth: int, look: bool) -> tuple[float, float, float]:
    """(win rate, mean turns, seconds) of the plain actor (look False) or its look-ahead."""
    stage, seed = ("2v2", EVAL_SEED) if mode == "critic" else ("solo", 7)
    env, obs = fixed_races(games, seed=seed, stage=stage)
    done = torch.zeros(games, dtype=torch.bool)
    wins, turns = torch.zeros(games), torch.zeros(games)
    start = time.perf_counter()
    while not bool(done.all()):
        action = model.act(obs, deterministic=True)
        if look and mode == "critic":
            action = critic_move(env, model, action)
        elif look:
            action = rollout_move(env, model, action, depth)
        obs, _, terminated, _, info = env.step(action)
        first = terminated & ~done
        wins = torch.where(first, info["win"].float(), wins)
        turns = torch.where(first, info["episode_turns"].float(), turns)
        done |= terminated
    return float(wins.mean()), float(turns.mean()), time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("mode", choices=("critic", "rollout"))
    parser.add_argument("--games", type=int, default=None, help="races (default 256 critic, 130 rollout)")
    parser.add_argument("--depth", type=int, default=12, help="rollout: turns looked ahead")
    args = parser.parse_args()
    games = args.games or (256 if args.mode == "critic" else 130)
    if args.mode == "critic":
        payload = torch.load(args.checkpoint, map_location="cpu", weights_only=True)
        if not isinstance(payload, dict) or "model" not in payload:
            print(f"{args.checkpoint}: critic mode needs a training checkpoint (critic)", file=sys.stderr)
            return 2
        model = DeepSetsPolicy.from_state_dict(payload["model"])
    else:
        model = load_actor(args.checkpoint)
    model.eval()
    for look in (False, True):
        win, turns, seconds = play(model, args.mode, games, args.depth, look)
        name = "actor" if not look else f"{args.mode} look-ahead"
        print(f"{name}: win_rate {win:.3f}, mean_turns {turns:.1f} over {games} races ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
