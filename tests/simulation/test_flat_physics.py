"""The bots' embedded physics (`flat_physics`): exact on every recorded official turn, the reference engine's
twin integer for integer on random turns, and a turn that always ends, whatever the state."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sebulba.cli import main
from sebulba.simulation import flat_physics
from sebulba.simulation.cpu_physics import Command, GameState, Pod, step
from sebulba.simulation.maps import official_map
from tests.simulation.test_cpu_physics import RECORDED, command, races
from tests.simulation.test_degenerate_states import HANG_S, alarm, degenerate_races

FlatPod = list


def test_verify_physics_flat_is_exact_on_every_recorded_turn(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify-physics", "--engine", "flat", *map(str, RECORDED)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    exact, total = last.removeprefix("exact: ").removesuffix(" turns").split("/")
    assert exact == total and int(total) > 8000


def flat_pods(game: GameState) -> list[FlatPod]:
    return [
        [p.x, p.y, p.vx, p.vy, p.angle, p.next_checkpoint, p.checkpoints_passed, p.shield_turns, p.boost_used]
        for p in game.pods
    ]


def flat_commands(commands: list[Command]) -> list[tuple[int, int, int, bool, bool]]:
    return [(c.x, c.y, c.thrust, c.shield, c.boost) for c in commands]


def play_both(game: GameState, commands: list[Command]) -> list[int]:
    """One turn on both engines from the same state; asserts they agree on every field and every pass.

    The angle is compared as the float it is: the flat form follows the reference's operations exactly."""
    pods = flat_pods(game)
    passes = flat_physics.play_turn(pods, game.checkpoints, flat_commands(commands))
    step(game, commands)
    assert pods == flat_pods(game)
    assert sorted(passes) == sorted(game.last_passes)
    return passes


@settings(max_examples=60, deadline=None)
@given(races())
def test_flat_turns_equal_the_reference_engine_over_whole_races(
    race: tuple[GameState, list[list[Command]]],
) -> None:
    game, turns = race
    for commands in turns:
        if game.finished:
            break
        play_both(game, commands)


coordinate = st.integers(0, 3000)
"""Pods of a race in progress within a 3,000 square: contacts are common."""


@st.composite
def races_in_progress(draw: st.DrawFn) -> tuple[GameState, list[list[Command]]]:
    """Four pods mid-race (moving, turned, shielded, boosted, any lap), then a few turns of commands."""
    checkpoints = official_map(draw(st.integers(0, 12)), draw(st.integers(0, 2)))
    count = len(checkpoints)
    places = draw(st.lists(st.tuples(coordinate, coordinate), min_size=4, max_size=4, unique=True))
    pods = []
    for x, y in places:
        passed = draw(st.integers(0, 2 * count))
        pods.append(
            Pod(
                float(x),
                float(y),
                float(draw(st.integers(-1200, 1200))),
                float(draw(st.integers(-1200, 1200))),
                draw(st.floats(-720.0, 720.0)),
                next_checkpoint=(passed + 1) % count,
                checkpoints_passed=passed,
                shield_turns=draw(st.integers(0, 3)),
                boost_used=draw(st.booleans()),
            )
        )
    game = GameState(checkpoints=checkpoints, pods=pods)
    turns = draw(st.lists(st.lists(command, min_size=4, max_size=4), min_size=1, max_size=8))
    return game, turns


@settings(max_examples=100, deadline=None)
@given(races_in_progress())
def test_flat_turns_equal_the_reference_engine_in_crowded_races(
    race: tuple[GameState, list[list[Command]]],
) -> None:
    game, turns = race
    for commands in turns:
        if game.finished:
            break
        play_both(game, commands)


@settings(max_examples=60, deadline=None)
@given(degenerate_races())
def test_flat_turns_end_on_degenerate_states_as_the_reference_does(
    race: tuple[GameState, list[Command]],
) -> None:
    """Coincident and overlapping checkpoints, pods on checkpoints, huge and zero velocities."""
    game, commands = race
    with alarm(HANG_S):
        passes = play_both(game, commands)
    assert all(passes.count(pod) <= len(game.checkpoints) for pod in range(len(game.pods)))


def test_coincident_checkpoints_end_the_flat_turn() -> None:
    pods = [flat_physics.new_pod(1000 + 900 * k, 1000) for k in range(4)]
    with alarm(HANG_S):
        passes = flat_physics.play_turn(
            pods, [(1000, 1000), (1000, 1000)], [(1000, 1000, 0, False, False)] * 4
        )
    assert passes.count(0) == 2 and pods[0][5] == 1 and pods[0][6] == 2
