"""`sebulba arena`, `sebulba race` and `sebulba bots`: local matches, recorded games, baseline bots."""

from __future__ import annotations

import argparse
import importlib
import random
import sys
from pathlib import Path

from sebulba.arena.match import play_match, runner_benchmark
from sebulba.arena.paired import RecordError, compare, read_recording, summary, write_recording
from sebulba.arena.players import BUILTIN_BOTS, IN_PROCESS_FILE, file_bot, make_player
from sebulba.arena.referee import TimeLimits, play_game
from sebulba.arena.replay import REPLAY_VERSION, Replay, ReplayResult
from sebulba.bots.bundle import standalone_source
from sebulba.fileio import atomic_write_json
from sebulba.simulation.maps import jittered, official_map, official_map_count
from sebulba.simulation.rules import DEFAULT_RULES

BOT_HELP = (
    f"a built-in bot ({', '.join(BUILTIN_BOTS)}), checkpoint:PATH, inprocess:FILE (a Sebulba bot file run "
    "in-process, without the wall clock), a .py file, or a command line (quoted)"
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    arena = subparsers.add_parser("arena", help="play two bots over many official maps; or --solo BOT")
    arena.add_argument("bots", nargs="*", metavar="BOT", help=BOT_HELP)
    arena.add_argument(
        "-n", "--games", type=int, default=100, help="games (rounded up to even: sides swapped)"
    )
    arena.add_argument("--seed", type=int, default=0)
    arena.add_argument("--jobs", type=int, default=1, help="games played in parallel processes")
    arena.add_argument("--time-scale", type=float, default=1.0, help="multiply the 1000/75 ms time limits")
    arena.add_argument(
        "--solo", metavar="BOT", help="runner benchmark: the bot's two pods race alone, 13 maps x rotations"
    )
    arena.add_argument(
        "--pod-alone", action="store_true", help="with --solo: the first pod races alone, its teammate parked"
    )
    arena.add_argument(
        "--record", type=Path, metavar="FILE", help="write every game's result (JSON), for --paired"
    )
    arena.add_argument(
        "--paired",
        nargs=2,
        type=Path,
        metavar="FILE",
        help="compare two --record files of the same games, game by game (no games are played)",
    )
    arena.set_defaults(func=run_arena)

    race = subparsers.add_parser("race", help="play one game and record it as a replay (JSON)")
    race.add_argument("bots", nargs=2, metavar="BOT", help=BOT_HELP)
    race.add_argument("--map", type=int, default=0, help=f"official map 0..{official_map_count() - 1}")
    race.add_argument("--seed", type=int, default=0, help="start rotation and jitter")
    race.add_argument("--time-scale", type=float, default=1.0)
    race.add_argument("--out", type=Path, required=True, help="replay file to write")
    race.set_defaults(func=run_race)

    bots = subparsers.add_parser("bots", help="list the baseline bots or write one as a CodinGame file")
    actions = bots.add_subparsers(dest="bots_action", required=True)
    actions.add_parser("list", help="list the built-in bots").set_defaults(func=run_bots_list)
    write = actions.add_parser("write", help="write a built-in bot as one standalone file")
    write.add_argument("name", choices=BUILTIN_BOTS)
    write.add_argument("-o", "--output", type=Path, required=True)
    write.set_defaults(func=run_bots_write)


def unloadable_bot(specs: list[str]) -> str | None:
    """The error line for the first `checkpoint:PATH` or `inprocess:FILE` bot that cannot be loaded (played
    as is, each game would fail with a traceback, in a worker process with --jobs), None when all load."""
    for spec in specs:
        if spec.startswith("checkpoint:"):
            from sebulba.arena.policy_bot import PolicyBot

            try:
                PolicyBot.from_checkpoint(Path(spec.split(":", 1)[1]))
            except ValueError as error:
                return f"error: {spec}: {error}"
        elif spec.startswith(IN_PROCESS_FILE):
            try:
                file_bot(spec.removeprefix(IN_PROCESS_FILE))
            except ValueError as error:  # the reason starts with the file's path
                return f"error: {IN_PROCESS_FILE}{error}"
    return None


def run_paired(first: Path, second: Path) -> int:
    try:
        comparison = compare(read_recording(first), read_recording(second))
    except RecordError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(summary(comparison, str(first), str(second)))
    return 0


def run_arena(args: argparse.Namespace) -> int:
    if args.paired:
        if args.bots or args.solo:
            print("error: --paired compares two files; it plays no games", file=sys.stderr)
            return 2
        return run_paired(*args.paired)
    limits = TimeLimits(scale=args.time_scale)
    error = unloadable_bot([args.solo] if args.solo else args.bots)
    if error:
        print(error, file=sys.stderr)
        return 2
    if args.pod_alone and not args.solo:
        print("error: --pod-alone goes with --solo BOT", file=sys.stderr)
        return 2
    if args.record and args.solo:
        print("error: --record keeps a two-bot match's games; the runner benchmark has none", file=sys.stderr)
        return 2
    if args.solo:
        result = runner_benchmark(
            args.solo, jobs=args.jobs, limits=limits, progress=True, pod_alone=args.pod_alone
        )
        races = len(result.turns) + len(result.failures)
        print(f"{args.solo}: {len(result.turns)} of {races} solo races finished")
        print(f"variant: {result.variant}")
        for failure in result.failures:
            print(f"failed: {failure}")
        print(f"runner_mean_turns: {result.mean_turns:.1f}")
        return 0
    if len(args.bots) != 2:
        print("error: give two bots (or --solo BOT)", file=sys.stderr)
        return 2
    if args.games < 1 or args.jobs < 1:
        print("error: --games and --jobs must be >= 1", file=sys.stderr)
        return 2
    result = play_match(args.bots[0], args.bots[1], args.games, args.seed, args.jobs, limits, progress=True)
    print(result.summary(args.bots[0], args.bots[1]))
    if args.record:
        write_recording(args.record, result, args.bots[0], args.bots[1], args.seed)
        print(f"recorded: {args.record}")
    return 0


def run_race(args: argparse.Namespace) -> int:
    if not 0 <= args.map < official_map_count():
        print(f"error: --map must be 0..{official_map_count() - 1}", file=sys.stderr)
        return 2
    error = unloadable_bot(args.bots)
    if error:
        print(error, file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    base = official_map(args.map)
    checkpoints = jittered(official_map(args.map, rng.randrange(len(base))), rng)
    players = (make_player(args.bots[0]), make_player(args.bots[1]))
    game = play_game(players, checkpoints, limits=TimeLimits(scale=args.time_scale), record=True)
    replay = Replay(
        version=REPLAY_VERSION,
        players=list(args.bots),
        laps=DEFAULT_RULES.laps,
        checkpoints=[list(c) for c in checkpoints],
        turns=game.record,
        result=ReplayResult(winner=game.winner, reason=game.reason, turns=game.turns, faults=game.faults),
    )
    atomic_write_json(args.out, replay)
    winner = "nobody" if game.winner is None else args.bots[game.winner]
    print(f"{winner} won ({game.reason}) in {game.turns} turns; replay written to {args.out}")
    return 0


def run_bots_list(args: argparse.Namespace) -> int:
    for name in BUILTIN_BOTS:
        doc = (importlib.import_module(f"sebulba.bots.{name}").__doc__ or "").strip().splitlines()[0]
        print(f"{name}: {doc}")
    return 0


def run_bots_write(args: argparse.Namespace) -> int:
    source = standalone_source(args.name)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(source)
    print(f"wrote {args.output} ({len(source)} characters)")
    return 0
