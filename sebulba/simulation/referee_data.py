"""Readers for the official ground truth: physics traces (JSONL) and recorded games (replay text).

Both become a list of `RecordedTurn`: the pods before the turn, the four commands, the pods after.
A pod record is `(x, y, vx, vy, angle_deg, next, shield, boosted)`, angle -1 before the first turn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sebulba.simulation.cpu_physics import Command, GameState, Pod, parse_command
from sebulba.simulation.rules import Rules

PodRecord = tuple[int, int, int, int, float, int, int, int]
IntegerPod = tuple[int, int, int, int, int, int, int]
"""x, y, vx, vy, next, shield, boosted: every integer the referee records for a pod."""


@dataclass(frozen=True)
class RecordedTurn:
    source: str
    """File and scenario/round, for error messages."""
    checkpoints: list[tuple[int, int]]
    before: list[PodRecord]
    commands: list[Command]
    after: list[PodRecord]
    last_of_game: bool = False
    """Replays record the finishing pod's `next` as 0 on a race's last turn (a recording quirk)."""


def pod_from_record(record: PodRecord) -> Pod:
    x, y, vx, vy, angle, next_cp, shield, boosted = record
    return Pod(
        float(x),
        float(y),
        float(vx),
        float(vy),
        None if angle == -1 else float(angle),
        int(next_cp),
        0,
        int(shield),
        bool(boosted),
    )


def _pod_record(values: list[str] | list[float]) -> PodRecord:
    x, y, vx, vy, angle, next_cp, shield, boosted = values
    return (int(x), int(y), int(vx), int(vy), float(angle), int(next_cp), int(shield), int(boosted))


def read_traces(path: Path, max_thrust: int) -> list[RecordedTurn]:
    turns = []
    with path.open() as handle:
        for line in handle:
            if not line.strip():
                continue
            scenario = json.loads(line)
            checkpoints = [(int(x), int(y)) for x, y in scenario["checkpoints"]]
            before = [_pod_record(p) for p in scenario["pods"]]
            for number, turn in enumerate(scenario["turns"]):
                after = [_pod_record(p) for p in turn["pods_after"]]
                commands = [parse_command(m, max_thrust) for m in turn["moves"]]
                source = f"{path.name} scenario {scenario['scenario']} turn {number + 1}"
                turns.append(RecordedTurn(source, checkpoints, before, commands, after))
                before = after
    return turns


def read_replay(path: Path, max_thrust: int) -> list[RecordedTurn]:
    turns: list[RecordedTurn] = []
    checkpoints: list[tuple[int, int]] = []
    before: list[PodRecord] = []
    commands: list[Command] = []
    after: list[PodRecord] = []
    round_name = ""

    def flush() -> None:
        if before:
            turns.append(RecordedTurn(f"{path.name} {round_name}", checkpoints, before, commands, after))

    for raw in path.read_text().splitlines():
        words = raw.split()
        if not words:
            continue
        if words[0] == "CHECKPOINTS":
            numbers = [int(w) for w in words[1:]]
            checkpoints = list(zip(numbers[0::2], numbers[1::2], strict=True))
        elif words[0] == "Round":
            flush()
            round_name = " ".join(words[:2])
            before, commands, after = [], [], []
        elif words[0] == "IN":
            before.append(_pod_record(words[1:9]))
        elif words[0] == "MOV":
            commands.append(parse_command(" ".join(words[1:]), max_thrust))
        elif words[0] == "OUT":
            after.append(_pod_record(words[1:9]))
    flush()
    if turns:
        last = turns[-1]
        turns[-1] = RecordedTurn(last.source, last.checkpoints, last.before, last.commands, last.after, True)
    return turns


def read_recorded_turns(path: Path, max_thrust: int) -> list[RecordedTurn]:
    """Either format, told apart by the file's first character."""
    with path.open() as handle:
        first = handle.read(1)
    return read_traces(path, max_thrust) if first == "{" else read_replay(path, max_thrust)


def game_before(turn: RecordedTurn, rules: Rules) -> GameState:
    """The recorded situation before the turn, as a reference-engine race."""
    return GameState(
        checkpoints=turn.checkpoints, pods=[pod_from_record(r) for r in turn.before], rules=rules
    )


def integer_pods(game: GameState) -> list[IntegerPod]:
    """What an engine's result is compared on: every integer field of every pod."""
    return [
        (int(p.x), int(p.y), int(p.vx), int(p.vy), p.next_checkpoint, p.shield_turns, int(p.boost_used))
        for p in game.pods
    ]
