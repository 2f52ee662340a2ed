"""Both engines end every turn on degenerate states: coincident or overlapping checkpoints, pods sitting on
checkpoints, huge and zero velocities. A turn's work is bounded: at most one pass of each checkpoint per pod
(the count of checkpoints), and a signal alarm catches a turn that never ends (a hang, not a timing)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from sebulba.simulation import gpu_physics
from sebulba.simulation.cpu_physics import Command, GameState, Pod, step
from sebulba.simulation.referee_data import integer_pods

HANG_S = 20
"""Far beyond any turn (a few milliseconds): only an endless loop reaches it."""


class Hang(Exception):
    pass


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    def ring(signum: int, frame: object) -> None:
        raise Hang(f"a turn ran past {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


near = st.integers(0, 1500)
"""Checkpoints and pods in a small square: overlaps and coincidences are common."""
velocity = st.one_of(st.just(0), st.integers(-2000, 2000), st.integers(-(10**7), 10**7))


@st.composite
def degenerate_races(draw: st.DrawFn) -> tuple[GameState, list[Command]]:
    count = draw(st.integers(2, 8))
    if draw(st.booleans()):
        checkpoints = [draw(st.tuples(near, near))] * count
    else:
        checkpoints = draw(st.lists(st.tuples(near, near), min_size=count, max_size=count))
    pod_count = draw(st.sampled_from([1, 2, 4]))
    places = draw(
        st.lists(
            st.one_of(st.sampled_from(checkpoints), st.tuples(near, near)),
            min_size=pod_count,
            max_size=pod_count,
            unique=True,  # coincident pods have no collision normal; the scenario validator refuses them
        )
    )
    pods = [
        Pod(
            float(x),
            float(y),
            float(draw(velocity)),
            float(draw(velocity)),
            draw(st.one_of(st.none(), st.integers(-720, 720).map(float))),
            next_checkpoint=draw(st.integers(0, count - 1)),
        )
        for x, y in places
    ]
    commands = [
        Command(draw(near), draw(near), draw(st.integers(0, 100)), boost=draw(st.booleans())) for _ in pods
    ]
    return GameState(checkpoints=checkpoints, pods=pods), commands


@settings(max_examples=60, deadline=None)
@given(degenerate_races())
def test_both_engines_end_every_turn_with_at_most_one_pass_per_checkpoint(
    race: tuple[GameState, list[Command]],
) -> None:
    game, commands = race
    count = len(game.checkpoints)
    batch = gpu_physics.from_games([game], "cpu", torch.float64)
    with alarm(HANG_S):
        after, events = gpu_physics.step(batch, gpu_physics.commands_tensor([commands], "cpu", torch.float64))
        step(game, commands)
    assert int(events.passes.max()) <= count
    assert integer_pods(gpu_physics.to_games(after)[0]) == integer_pods(game), "the twins agree"
    assert all(game.last_passes.count(pod) <= count for pod in range(len(game.pods)))


def test_coincident_checkpoints_end_the_turn() -> None:
    """The scenario of issue 23: two checkpoints at one point, the pods on them, at rest."""
    checkpoints = [(1000, 1000), (1000, 1000)]
    pods = [Pod(1000.0 + 900 * k, 1000.0) for k in range(4)]
    game = GameState(checkpoints=checkpoints, pods=pods)
    with alarm(HANG_S):
        step(game, [Command(1000, 1000, 0)] * 4)
    assert game.last_passes.count(0) == 2
    assert game.pods[0].next_checkpoint == 1 and game.pods[0].checkpoints_passed == 2
