"""`sebulba verify-physics`: replay recorded official turns through an engine and count exact ones."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sebulba.simulation import flat_physics
from sebulba.simulation.cpu_physics import step
from sebulba.simulation.referee_data import (
    IntegerPod,
    RecordedTurn,
    game_before,
    integer_pods,
    read_recorded_turns,
)
from sebulba.simulation.rules import Rules

Engine = Callable[[list[RecordedTurn], Rules], list[list[IntegerPod]]]


def reference_engine(turns: list[RecordedTurn], rules: Rules) -> list[list[IntegerPod]]:
    results = []
    for turn in turns:
        state = game_before(turn, rules)
        step(state, turn.commands)
        results.append(integer_pods(state))
    return results


def expected_pods(turn: RecordedTurn) -> list[IntegerPod]:
    return [(r[0], r[1], r[2], r[3], r[5], r[6], r[7]) for r in turn.after]


def turn_matches(turn: RecordedTurn, got: list[IntegerPod]) -> bool:
    """Exact equality; on a replay's last turn the finishing pod's `next` may read 0 (recording quirk)."""
    expected = expected_pods(turn)
    if got == expected:
        return True
    if not turn.last_of_game:
        return False
    return all(
        g == e or (g[:4] == e[:4] and g[5:] == e[5:] and e[4] == 0 and g[4] == 1)
        for g, e in zip(got, expected, strict=True)
    )


def flat_engine(turns: list[RecordedTurn], rules: Rules) -> list[list[IntegerPod]]:
    """The bots' embedded physics (`flat_physics`), from the same recorded states."""
    results = []
    for turn in turns:
        pods = [
            [
                float(x),
                float(y),
                float(vx),
                float(vy),
                None if angle == -1 else float(angle),
                n,
                0,
                s,
                bool(b),
            ]
            for x, y, vx, vy, angle, n, s, b in turn.before
        ]
        commands = [(c.x, c.y, c.thrust, c.shield, c.boost) for c in turn.commands]
        flat_physics.play_turn(pods, turn.checkpoints, commands, rules.max_thrust)
        results.append([(int(p[0]), int(p[1]), int(p[2]), int(p[3]), p[5], p[7], int(p[8])) for p in pods])
    return results


def _engine(name: str, device: str, dtype: str) -> Engine:
    if name == "reference":
        return reference_engine
    if name == "flat":
        return flat_engine
    from sebulba.simulation.gpu_physics import verify_engine

    return verify_engine(device=device, dtype=dtype)


def verify_files(paths: Sequence[Path], engine: Engine, max_thrust: int | None) -> tuple[int, int, list[str]]:
    """Returns (exact turns, turns, descriptions of the first mismatches)."""
    exact = total = 0
    mismatches: list[str] = []
    for path in paths:
        replay = path.read_text()[:1] != "{"
        thrust = max_thrust if max_thrust is not None else (200 if replay else 100)
        rules = Rules(max_thrust=thrust)
        turns = read_recorded_turns(path, thrust)
        if not turns:
            raise ValueError(f"{path} holds no recorded turns (expected a trace JSONL or a replay)")
        for turn, got in zip(turns, engine(turns, rules), strict=True):
            total += 1
            if turn_matches(turn, got):
                exact += 1
            elif len(mismatches) < 10:
                mismatches.append(f"{turn.source}: got {got}, expected {expected_pods(turn)}")
    return exact, total, mismatches


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "verify-physics",
        help="replay official traces/replays through an engine and count exact turns",
        description="Each recorded turn is played from its recorded 'before' state; every integer of every "
        "pod after the turn must match. Replays (2016) default to --max-thrust 200, traces to 100.",
    )
    parser.add_argument("files", nargs="+", type=Path, help="physics_traces.jsonl and/or replay_*.txt files")
    parser.add_argument("--engine", choices=["reference", "flat", "torch"], default="reference")
    parser.add_argument("--device", default="cpu", help="torch device for --engine torch")
    parser.add_argument("--dtype", choices=["float64", "float32"], default="float64")
    parser.add_argument("--max-thrust", type=int, default=None, help="thrust limit (default: by file format)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    for path in args.files:
        if not path.is_file():
            print(f"error: no such file: {path}", file=sys.stderr)
            return 2
    try:
        exact, total, mismatches = verify_files(
            args.files, _engine(args.engine, args.device, args.dtype), args.max_thrust
        )
    except (ValueError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for line in mismatches:
        print(f"mismatch: {line}")
    print(f"exact: {exact}/{total} turns")
    return 0 if total and exact == total else 1
