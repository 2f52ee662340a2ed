"""The reference engine: exact on every recorded official turn, and sound on any input (hypothesis)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sebulba.cli import main
from sebulba.simulation.cpu_physics import (
    Command,
    GameState,
    Pod,
    move_and_collide,
    new_game,
    parse_command,
    step,
    team_of,
)
from sebulba.simulation.maps import official_map
from sebulba.simulation.rules import DEFAULT_RULES, Rules

DATA = Path(__file__).resolve().parents[1] / "data"
RECORDED = [DATA / "physics_traces.jsonl", *sorted((DATA / "replays").glob("replay_*.txt"))]


def test_verify_physics_is_exact_on_every_recorded_turn(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(RECORDED) == 8
    assert main(["verify-physics", *map(str, RECORDED)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    exact, total = last.removeprefix("exact: ").removesuffix(" turns").split("/")
    assert exact == total and int(total) > 8000


coordinate = st.integers(-3000, 19000)
command = st.one_of(
    st.builds(Command, coordinate, coordinate, st.integers(0, 100)),
    st.builds(lambda x, y: Command(x, y, 0, shield=True), coordinate, coordinate),
    st.builds(lambda x, y: Command(x, y, 0, boost=True), coordinate, coordinate),
)


@st.composite
def races(draw: st.DrawFn) -> tuple[GameState, list[list[Command]]]:
    """A random official start with 1, 2 or 4 pods, then up to 60 turns of arbitrary commands."""
    pod_count = draw(st.sampled_from([1, 2, 4]))
    checkpoints = official_map(draw(st.integers(0, 12)), draw(st.integers(0, 2)))
    state = new_game(checkpoints, pod_count)
    turns = draw(st.lists(st.lists(command, min_size=pod_count, max_size=pod_count), max_size=60))
    return state, turns


def _is_integer(value: float) -> bool:
    return math.isfinite(value) and float(value).is_integer()


@settings(max_examples=150, deadline=None)
@given(races())
def test_any_commands_keep_the_state_integral_and_the_bookkeeping_right(
    race: tuple[GameState, list[list[Command]]],
) -> None:
    state, turns = race
    goal = state.checkpoints_to_finish
    for commands in turns:
        if state.finished:
            break
        before = [(p.shield_turns, p.boost_used, p.checkpoints_passed) for p in state.pods]
        step(state, commands)
        for pod, cmd, (shield_before, boost_before, passed_before) in zip(
            state.pods, commands, before, strict=True
        ):
            assert all(_is_integer(v) for v in (pod.x, pod.y, pod.vx, pod.vy))
            assert pod.angle is None or math.isfinite(pod.angle)
            expected_shield = 3 if cmd.shield else max(0, shield_before - 1)
            assert pod.shield_turns == expected_shield
            assert pod.boost_used == (boost_before or (cmd.boost and not cmd.shield))
            assert pod.checkpoints_passed >= passed_before
            assert pod.next_checkpoint == (pod.checkpoints_passed + 1) % len(state.checkpoints)
        finishers = {
            team_of(i, len(state.pods)) for i, p in enumerate(state.pods) if p.checkpoints_passed >= goal
        }
        ended = bool(finishers) or min(state.team_timeouts) <= 0 or state.turn >= state.rules.max_turns
        assert state.finished == ended
        if finishers and len(finishers) == 1:
            assert state.winner in finishers and state.end_reason == "finish"


@pytest.mark.parametrize("pod_count", [1, 2, 4])
def test_standing_still_is_eliminated_after_exactly_100_turns(pod_count: int) -> None:
    """Targeting its own position gives no rotation and no thrust: nobody passes anything."""
    state = new_game(official_map(3), pod_count)
    while not state.finished:
        step(state, [Command(int(p.x), int(p.y), 100) for p in state.pods])
        assert all(p.vx == 0 and p.vy == 0 and p.angle is None for p in state.pods)
    assert state.turn == DEFAULT_RULES.timeout_turns and state.end_reason == "timeout"
    if pod_count == 1:
        assert state.winner is None
    else:
        assert state.winner in (0, 1)


def _drive(state: GameState, racer: int, idle: bool) -> None:
    """Pod `racer` aims at its next checkpoint minus 3x its velocity, the others stand still if idle."""
    commands = []
    for index, pod in enumerate(state.pods):
        if index != racer and idle:
            commands.append(Command(int(pod.x), int(pod.y), 0))
            continue
        cx, cy = state.checkpoints[pod.next_checkpoint]
        commands.append(Command(int(cx - 3 * pod.vx), int(cy - 3 * pod.vy), 100))
    step(state, commands)


def test_a_racer_finishes_three_laps_and_wins_for_its_team() -> None:
    checkpoints = official_map(0)
    state = new_game(checkpoints, 2, Rules(timeout_turns=500))
    state.pods[0].x, state.pods[0].y = float(checkpoints[0][0]), float(checkpoints[0][1])
    while not state.finished:
        _drive(state, racer=1, idle=True)
    assert state.end_reason == "finish" and state.winner == 1
    assert state.pods[1].checkpoints_passed == 3 * len(checkpoints)
    assert state.pods[1].next_checkpoint == 1
    assert 100 < state.turn < 400


def test_the_turn_limit_ranks_by_progress() -> None:
    state = new_game(official_map(1), 2, Rules(max_turns=30))
    while not state.finished:
        _drive(state, racer=0, idle=True)
    assert state.end_reason == "turn_limit" and state.turn == 30 and state.winner == 0


def test_second_boost_of_a_pod_gives_the_maximum_thrust() -> None:
    state = GameState(checkpoints=official_map(0), pods=[Pod(0.0, 0.0, angle=0.0)])
    step(state, [Command(10000, 0, boost=True)])
    assert state.pods[0].vx == int(650 * 0.85)
    state = GameState(checkpoints=official_map(0), pods=[Pod(0.0, 0.0, angle=0.0, boost_used=True)])
    step(state, [Command(10000, 0, boost=True)])
    assert state.pods[0].vx == int(100 * 0.85)


def test_a_shield_turns_the_engine_off_for_three_more_turns() -> None:
    state = GameState(checkpoints=official_map(0), pods=[Pod(0.0, 0.0, angle=0.0)])
    step(state, [Command(10000, 0, shield=True)])
    speeds = []
    for _ in range(4):
        step(state, [Command(10000, 0, 100)])
        speeds.append(state.pods[0].vx)
    assert speeds == [0, 0, 0, 85]


def test_head_on_pods_bounce_with_at_least_the_minimum_impulse() -> None:
    pods = [Pod(0.0, 0.0, 300.0, 0.0, 0.0), Pod(1000.0, 0.0, -300.0, 0.0, 180.0)]
    collisions, paths = move_and_collide(pods, [1.0, 1.0], 120.0)
    assert len(collisions) == 1
    hit = collisions[0]
    assert (hit.a, hit.b) == (1, 0) and hit.time == pytest.approx(200 / 600)
    assert hit.impulse >= 120.0
    assert pods[0].vx < 0 < pods[1].vx
    assert len(paths[0]) == len(paths[1]) == 2


def test_parse_command_rejects_what_the_referee_rejects() -> None:
    assert parse_command("1 2 SHIELD hello").shield
    assert parse_command("1 2 boost").boost
    assert parse_command("1 2 100 message with spaces") == Command(1, 2, 100)
    for line in ("", "1 2", "a b 100", "1 2 101", "1 2 -1", "1 2 FAST", "1.5 2 100"):
        with pytest.raises(ValueError):
            parse_command(line)
