"""The batched engine against the reference engine: official turns, and random turns side by side."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import torch

from sebulba.simulation import gpu_physics as physics
from sebulba.simulation.cpu_physics import Command, GameState, Pod, new_game, step
from sebulba.simulation.maps import random_map, random_official_map
from sebulba.simulation.rules import Rules
from sebulba.simulation.verify import verify_files

DATA = Path(__file__).parent.parent / "data"


def test_official_turns_are_exact_in_float64() -> None:
    files = [DATA / "physics_traces.jsonl", *sorted((DATA / "replays").glob("replay_*.txt"))]
    exact, total, mismatches = verify_files(files, physics.verify_engine("cpu", "float64"), None)
    assert total == 8249
    assert exact == total, mismatches


def random_command(rng: random.Random, game: GameState, index: int) -> Command:
    pod = game.pods[index]
    roll = rng.random()
    if roll < 0.03:
        return Command(int(pod.x), int(pod.y), rng.randint(0, 100))
    cx, cy = game.checkpoints[pod.next_checkpoint]
    if roll < 0.5:
        x, y = cx + rng.randint(-1500, 1500), cy + rng.randint(-1500, 1500)
    elif roll < 0.8:
        other = game.pods[rng.randrange(len(game.pods))]
        x, y = int(other.x) + rng.randint(-300, 300), int(other.y) + rng.randint(-300, 300)
    else:
        x, y = rng.randint(-2000, 18000), rng.randint(-2000, 11000)
    power = rng.random()
    if power < 0.06:
        return Command(x, y, shield=True)
    if power < 0.1:
        return Command(x, y, boost=True)
    return Command(x, y, rng.choice([0, 100, 100, rng.randint(0, 100)]))


def scrambled_game(rng: random.Random, pod_count: int, rules: Rules) -> GameState:
    """A race in a random situation: the start grid, or pods packed together (brawls), late in a race."""
    checkpoints = random_official_map(rng) if rng.random() < 0.5 else random_map(rng, 2, 8)
    game = new_game(checkpoints, pod_count, rules)
    if rng.random() < 0.5:
        centre_x, centre_y = rng.randint(1000, 15000), rng.randint(1000, 8000)
        count = len(checkpoints)
        for pod in game.pods:
            pod.x = float(centre_x + rng.randint(-900, 900))
            pod.y = float(centre_y + rng.randint(-900, 900))
            pod.vx = float(rng.randint(-700, 700))
            pod.vy = float(rng.randint(-700, 700))
            pod.angle = rng.uniform(-720, 720)
            pod.next_checkpoint = rng.randrange(count)
            pod.checkpoints_passed = rng.randrange(rules.laps * count)
            pod.shield_turns = rng.choice([0, 0, 0, 1, 2, 3])
            pod.boost_used = rng.random() < 0.5
        game.turn = rng.choice([0, 50, 480, 497])
        game.team_timeouts = [rng.choice([1, 2, 5, 100]) for _ in game.team_timeouts]
    return game


def reference_events(game: GameState) -> tuple[list[list[float]], list[int]]:
    """The reference turn's events as TurnEvents holds them: summed |impulse| per pair, passes per pod."""
    pod_count = len(game.pods)
    impulse = [[0.0] * pod_count for _ in range(pod_count)]
    for collision in game.last_collisions:
        impulse[collision.a][collision.b] += abs(collision.impulse)
        impulse[collision.b][collision.a] = impulse[collision.a][collision.b]
    return impulse, [game.last_passes.count(k) for k in range(pod_count)]


def play_side_by_side(
    pod_count: int, races: int, turns: int, seed: int, rules: Rules, collision_rounds: int = 3
) -> int:
    rng = random.Random(seed)
    games = [scrambled_game(rng, pod_count, rules) for _ in range(races)]
    state = physics.from_games(games)
    compared = 0
    for _ in range(turns):
        commands = [[random_command(rng, g, k) for k in range(pod_count)] for g in games]
        batch_commands = physics.commands_tensor(commands, "cpu", torch.float64)
        state, events = physics.step(state, batch_commands, rules, collision_rounds=collision_rounds)
        impulses, passes = events.impulse.tolist(), events.passes.tolist()
        for r, (game, race_commands) in enumerate(zip(games, commands, strict=True)):
            if not game.finished:
                step(game, race_commands)
                compared += 1
                assert (impulses[r], passes[r]) == reference_events(game)
        for game, batched in zip(games, physics.to_games(state, rules), strict=True):
            expected = [p.as_tuple() for p in game.pods]
            got = [p.as_tuple() for p in batched.pods]
            assert got == expected
            assert [p.angle for p in batched.pods] == [p.angle for p in game.pods]
            assert (batched.finished, batched.winner, batched.turn) == (game.finished, game.winner, game.turn)
            assert batched.team_timeouts == game.team_timeouts
    return compared


def test_random_turns_match_the_reference_engine() -> None:
    """>= 10,000 turns of brawls, shields, boosts, first turns, passes, laps, timeouts and race ends."""
    cases = [
        (4, 192, 80, Rules()),
        (2, 64, 60, Rules()),
        (1, 32, 60, Rules()),
        (4, 48, 40, Rules(boost_shared_by_team=True, timeout_turns=5)),
    ]
    compared = sum(
        play_side_by_side(pods, races, turns, seed=seed, rules=rules)
        for seed, (pods, races, turns, rules) in enumerate(cases)
    )
    assert compared >= 10_000


@pytest.mark.parametrize("collision_rounds", [1, 3])
def test_any_round_bound_gives_the_same_turns(collision_rounds: int) -> None:
    """Races needing more rounds than the batch runs are replayed: the bound changes speed, never results."""
    assert play_side_by_side(
        4, 48, 12, seed=10 + collision_rounds, rules=Rules(), collision_rounds=collision_rounds
    )


def test_float32_brawls_end() -> None:
    """In float32 the push-apart can vanish in rounding; the round cap still ends every turn."""
    rng = random.Random(4)
    games = [scrambled_game(rng, 4, Rules()) for _ in range(32)]
    state = physics.from_games(games, dtype=torch.float32)
    for _ in range(5):
        commands = [[random_command(rng, g, k) for k in range(4)] for g in games]
        state, events = physics.step(state, physics.commands_tensor(commands, "cpu", torch.float32))
    assert torch.equal(state.pos, state.pos.round()) and int(events.collision_rounds.max()) <= 32


def test_finished_races_are_left_unchanged() -> None:
    game = new_game(random_official_map(random.Random(1)), 4)
    game.finished = True
    game.winner = 1
    state = physics.from_games([game])
    commands = physics.commands_tensor([[Command(0, 0, 100)] * 4], "cpu", torch.float64)
    after, events = physics.step(state, commands)
    for name in ("pos", "vel", "angle", "turn", "team_timeouts", "finished", "winner", "next_checkpoint"):
        assert torch.equal(getattr(after, name), getattr(state, name)), name
    assert not events.impulse.any() and not events.passes.any() and not events.collision_rounds.any()


def test_where_selects_races_leaf_by_leaf() -> None:
    rng = random.Random(3)
    a = physics.from_games([new_game(random_official_map(rng), 4) for _ in range(3)])
    b = physics.from_games([new_game(random_official_map(rng), 4) for _ in range(3)])
    mixed = physics.where(torch.tensor([True, False, True]), a, b)
    assert torch.equal(mixed.pos[0], a.pos[0]) and torch.equal(mixed.pos[1], b.pos[1])
    assert torch.equal(mixed.checkpoints[1], b.checkpoints[1])


def bad_commands(thrust: torch.Tensor, target: float = 0.0) -> physics.BatchCommands:
    return physics.BatchCommands(
        target=torch.full((2, 4, 2), target, dtype=torch.float64),
        thrust=thrust,
        shield=torch.zeros(2, 4, dtype=torch.bool),
        boost=torch.zeros(2, 4, dtype=torch.bool),
    )


@pytest.mark.parametrize(
    ("commands", "message"),
    [
        (bad_commands(torch.tensor([[0, 0, 0, 0], [0, -1, 0, 0]])), "thrust outside"),
        (bad_commands(torch.tensor([[0, 0, 0, 101], [0, 0, 0, 0]])), "thrust outside"),
        (bad_commands(torch.tensor([[0.0, 0, 0, 0], [0, 0, float("nan"), 0]])), "NaN"),
        (bad_commands(torch.zeros(2, 4, dtype=torch.long), target=float("inf")), "non-finite"),
    ],
)
def test_bad_commands_are_rejected(commands: physics.BatchCommands, message: str) -> None:
    state = physics.from_games([new_game(random_official_map(random.Random(k)), 4) for k in range(2)])
    with pytest.raises(ValueError, match=message):
        physics.step(state, commands)
    with pytest.raises(ValueError, match=message):
        physics.validate_commands(commands)


def test_new_races_match_the_official_start_grid() -> None:
    rng = random.Random(8)
    maps = [random_official_map(rng) for _ in range(5)]
    for pod_count in (1, 2, 4):
        expected = [new_game(m, pod_count) for m in maps]
        state = physics.new_races(
            physics.from_games(expected).checkpoints, torch.tensor([len(m) for m in maps]), pod_count
        )
        for game, got in zip(expected, physics.to_games(state), strict=True):
            assert [p.as_tuple() for p in got.pods] == [p.as_tuple() for p in game.pods]


def test_pods_far_apart_never_collide() -> None:
    pods = [Pod(1000.0 * k * 3, 0.0, 10.0, 0.0, 0.0, 1) for k in range(4)]
    game = GameState(checkpoints=[(0, 5000), (9000, 5000)], pods=pods)
    state = physics.from_games([game])
    after, events = physics.step(
        state, physics.commands_tensor([[Command(9000, 5000, 50)] * 4], "cpu", torch.float64)
    )
    assert int(events.collision_rounds[0]) == 0 and not events.impulse.any()
    assert int(after.turn[0]) == 1
