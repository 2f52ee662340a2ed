"""The batched heuristic team plays exactly as the single-file `heuristic` bot, command for command."""

from __future__ import annotations

import random

import pytest
import torch

from sebulba.bots.heuristic import Bot
from sebulba.bots.heuristic_batched import heuristic_team_commands, protocol_angles
from sebulba.config import RewardWeights
from sebulba.simulation import gpu_physics as physics
from sebulba.simulation.env import RaceVecEnv
from sebulba.simulation.maps import random_map, random_official_map
from sebulba.simulation.rules import DEFAULT_RULES, MAX_CHECKPOINTS


def _races(count: int, seed: int) -> tuple[physics.BatchState, list[list[tuple[int, int]]]]:
    rng = random.Random(seed)
    maps = [random_official_map(rng) if i % 2 else random_map(rng) for i in range(count)]
    checkpoints = torch.zeros(count, MAX_CHECKPOINTS, 2, dtype=torch.float64)
    for i, points in enumerate(maps):
        checkpoints[i, : len(points)] = torch.tensor(points, dtype=torch.float64)
    counts = torch.tensor([len(points) for points in maps])
    return physics.new_races(checkpoints, counts, 4, DEFAULT_RULES), maps


def _parse(line: str) -> tuple[int, int, int, bool, bool]:
    x, y, power = line.split()
    thrust = int(power) if power.isdigit() else -1
    return int(x), int(y), thrust, power == "SHIELD", power == "BOOST"


def test_batched_heuristic_commands_equal_the_bot_s_on_thousands_of_states() -> None:
    races = 48
    state, maps = _races(races, seed=3)
    bots = []
    for points in maps:
        pair = (Bot(), Bot())
        for b in pair:
            b.init(DEFAULT_RULES.laps, points)
        bots.append(pair)
    rng = torch.Generator().manual_seed(1)
    compared = agreed = shields = boosts = 0
    for _ in range(400):
        live = (~state.finished).nonzero().flatten().tolist()
        if not live:
            break
        commands = heuristic_team_commands(state)
        angle = protocol_angles(state)
        for race in live:
            pods = [
                (
                    *(int(v) for v in (*state.pos[race, i].tolist(), *state.vel[race, i].tolist())),
                    int(angle[race, i]),
                    int(state.next_checkpoint[race, i]),
                )
                for i in range(4)
            ]
            views = (pods, pods[2:] + pods[:2])
            for team, bot in enumerate(bots[race]):
                for k, line in enumerate(bot.turn(views[team])):
                    pod = 2 * team + k
                    batched = commands.target[race, pod].long().tolist()
                    want = _parse(line)
                    shield, boost = bool(commands.shield[race, pod]), bool(commands.boost[race, pod])
                    thrust = -1 if shield or boost else int(commands.thrust[race, pod])
                    got = (*batched, thrust, shield, boost)
                    compared += 1
                    agreed += got == want
                    shields += want[3]
                    boosts += want[4]
        # Some noise so that races leave the bot's own trajectories (never over a BOOST: the bot counts its
        # BOOST as spent once it asks for it, the engine once it applies it).
        noise = (torch.rand(races, 4, generator=rng) < 0.1) & ~commands.boost
        random_target = torch.randint(0, 16000, (races, 4, 2), generator=rng).to(torch.float64)
        commands = physics.BatchCommands(
            target=torch.where(noise[..., None], random_target, commands.target),
            thrust=torch.where(noise, torch.randint(0, 101, (races, 4), generator=rng), commands.thrust),
            shield=commands.shield & ~noise,
            boost=commands.boost,
        )
        state, _ = physics.step(state, commands, DEFAULT_RULES)
    assert compared >= 10_000
    assert shields > 0 and boosts > 0, "the sample must exercise SHIELD and BOOST"
    assert agreed == compared, f"{compared - agreed} of {compared} commands differ"


def test_the_heuristic_team_needs_four_pods() -> None:
    state, _ = _races(2, seed=1)
    solo = physics.new_races(state.checkpoints, state.num_checkpoints, 2, DEFAULT_RULES)
    with pytest.raises(ValueError, match="4 pods"):
        heuristic_team_commands(solo)


def test_the_environment_s_scripted_2v2_opponent_is_the_heuristic_team() -> None:
    env = RaceVecEnv(8, "2v2", RewardWeights(), seed=4, maps="official")
    env.set_opponent(None)
    actions = torch.rand(8, 2, 4, generator=torch.Generator().manual_seed(0))
    for _ in range(30):
        before = env.state
        expected = heuristic_team_commands(before)
        env.step(actions)
        theirs = 1 - env.learner_team
        for race in range(8):
            if bool(env.state.turn[race] == 0):
                continue  # restarted this turn
            for pod in (2 * int(theirs[race]), 2 * int(theirs[race]) + 1):
                torch.testing.assert_close(env.last_commands.target[race, pod], expected.target[race, pod])
                assert env.last_commands.thrust[race, pod] == expected.thrust[race, pod]
                assert env.last_commands.shield[race, pod] == expected.shield[race, pod]
