"""The exported bot: size, imports, isolation, robustness on any legal input, and fidelity to torch."""

from __future__ import annotations

import ast
import json
import random
import subprocess
import sys
import types
from pathlib import Path

import pytest
import torch

from sebulba.arena.match import play_match
from sebulba.arena.players import LocalPlayer, SubprocessPlayer, load_bot_module, make_player
from sebulba.arena.players import bot_module as load_bot_module_from_source
from sebulba.arena.referee import TimeLimits, play_game
from sebulba.cli import main
from sebulba.config import TrainingConfig
from sebulba.export.exporter import (
    MAX_BOT_CHARS,
    actor_layers,
    load_actor,
    load_policy,
    on_grid,
    quantisation_error,
    quantise,
    render_bot,
)
from sebulba.export.fidelity import compare, record_games
from sebulba.export.ship import PRETRAINED_MODEL, ship
from sebulba.models.deepsets import DeepSetsPolicy, NetworkSize, widened
from sebulba.simulation.cpu_physics import parse_command
from sebulba.simulation.maps import random_official_map
from sebulba.training.checkpoints import CheckpointError
from tests.models.test_deepsets import random_obs


@pytest.fixture(scope="module", params=["hybrid", "network"])
def bot_file(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both exported forms: the search hybrid (the default) and the network alone (`--no-search`)."""
    path = tmp_path_factory.mktemp("bot") / f"{request.param}.py"
    extra = [] if request.param == "hybrid" else ["--no-search"]
    assert main(["export", str(PRETRAINED_MODEL), "-o", str(path), *extra]) == 0
    return path


@pytest.fixture(scope="module")
def network_bot_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bot") / "network.py"
    assert main(["export", str(PRETRAINED_MODEL), "-o", str(path), "--no-search"]) == 0
    return path


def test_size_and_imports(bot_file: Path) -> None:
    text = bot_file.read_text()
    assert len(text) < MAX_BOT_CHARS
    imported = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert imported == {"sys", "math"}


def test_plays_a_whole_game_isolated(bot_file: Path) -> None:
    exported = SubprocessPlayer("exported", [sys.executable, "-I", str(bot_file)])
    result = play_game(
        (exported, make_player("wood")), random_official_map(random.Random(2)), limits=TimeLimits(scale=4)
    )
    assert not result.faults
    assert result.reason in ("finish", "timeout", "turn_limit")


def legal_input(rng: random.Random) -> str:
    count = rng.randint(2, 8)
    lines = ["3", str(count)] + [f"{rng.randint(0, 16000)} {rng.randint(0, 9000)}" for _ in range(count)]
    for turn in range(6):
        for _ in range(4):
            x, y = rng.randint(-20000, 36000), rng.randint(-20000, 29000)
            vx, vy = rng.choice([(0, 0), (rng.randint(-1500, 1500), rng.randint(-1500, 1500))])
            angle = -1 if turn == 0 else rng.choice([0, 360, rng.randint(0, 360)])
            lines.append(f"{x} {y} {vx} {vy} {angle} {rng.randrange(count)}")
    return "\n".join(lines) + "\n"


def test_never_crashes_and_always_answers_valid_commands(bot_file: Path) -> None:
    rng = random.Random(0)
    for _ in range(8):
        completed = subprocess.run(
            [sys.executable, "-I", str(bot_file)],
            input=legal_input(rng),
            capture_output=True,
            text=True,
            timeout=60,
        )
        lines = completed.stdout.splitlines()
        assert len(lines) == 12, completed.stderr
        for line in lines:
            parse_command(line)


def test_the_game_ending_stdin_ends_the_bot_quietly(bot_file: Path) -> None:
    """The referee closes the pipe when the game ends: exit 0 with nothing on stderr, at any point."""
    text = legal_input(random.Random(3))
    for cut in (0, 5, len(text) // 2, len(text)):
        completed = subprocess.run(
            [sys.executable, "-I", str(bot_file)],
            input=text[:cut],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert completed.returncode == 0 and completed.stderr == "", (cut, completed.stderr)


def test_the_hybrid_beats_the_heuristic_bot() -> None:
    """A real match, sides swapped: the shipped hybrid (network-seeded search) wins at least 3 of 4."""
    hybrid = load_bot_module_from_source(render_bot(load_actor(PRETRAINED_MODEL)))
    result = play_match(lambda: LocalPlayer("hybrid", hybrid.Bot()), "heuristic", 4, seed=21)
    assert result.games == 4 and not result.faults
    assert result.wins >= 3, result.summary("hybrid", "heuristic")


def test_the_fidelity_bench_compares_the_network_bot_with_its_model() -> None:
    """`bench/export_fidelity.py`, run as a user runs it: it must export the network bot (the hybrid has no
    `Agent`, and its search changes the network's commands) and find it playing its grid model's commands."""
    bench = Path(__file__).resolve().parents[2] / "bench" / "export_fidelity.py"
    done = subprocess.run(
        [sys.executable, str(bench), str(PRETRAINED_MODEL), "--turns", "100"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    rates = dict(line.split(": ") for line in done.stdout.splitlines())
    assert int(rates["grid_decisions"]) >= 200
    assert float(rates["grid_target_within_1"]) >= 0.99, done.stdout
    assert float(rates["grid_power"]) >= 0.99, done.stdout


def test_the_model_card_page_is_rendered_from_the_shipped_card() -> None:
    """docs/MODEL_CARD.md is `bench/model_card.py`'s rendering of sebulba_actor.json: a figure written into
    the page alone would drift from the card that `sebulba info` reads."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "bench" / "model_card.py")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == (root / "docs" / "MODEL_CARD.md").read_text()


def test_exported_commands_match_the_torch_policy(network_bot_file: Path) -> None:
    """>= 10,000 decisions of real games against the shipped torch model's deterministic commands.

    The shipped model's weights lie on their int8 grid (`on_grid`), so the bot and torch compute the same
    network: only float32 vs float64 arithmetic separates them.
    """
    games = record_games(load_actor(PRETRAINED_MODEL), min_turns=5000)
    fidelity = compare(load_bot_module(network_bot_file), games)
    rates = fidelity.rates()
    assert fidelity.decisions >= 10_000
    assert rates["power"] >= 0.99, rates
    assert rates["target_within_1"] >= 0.99, rates
    assert rates["target_within_2"] >= 0.999, rates


def exported_network(model: DeepSetsPolicy, tmp_path: Path) -> tuple[types.ModuleType, dict[str, float]]:
    """`model` saved as a shipped actor and exported both ways (the network alone, smaller than the hybrid,
    both under 100,000 characters): the network bot's module and its fidelity rates to the torch model."""
    source = tmp_path / "actor.pt"
    torch.save({"actor": model.actor_state_dict()}, source)
    hybrid, network = tmp_path / "hybrid.py", tmp_path / "network.py"
    assert main(["export", str(source), "-o", str(hybrid)]) == 0
    assert main(["export", str(source), "-o", str(network), "--no-search"]) == 0
    assert len(network.read_text()) < len(hybrid.read_text()) < MAX_BOT_CHARS
    bot = load_bot_module(network)
    return bot, compare(bot, record_games(load_actor(source), min_turns=600)).rates()


def test_a_wider_network_exports_and_plays_as_its_torch_model(tmp_path: Path) -> None:
    """The bot reads its layers' shapes from the payload: a network widened to twice the plan's trunk (the
    issue's "larger network within the bot's size") exports under 100,000 characters, hybrid included, and
    the file's network answers as the torch model does."""
    torch.manual_seed(5)
    wide = widened(load_actor(PRETRAINED_MODEL), NetworkSize(entity_hidden=32, context=16, trunk_hidden=128))
    for parameter in wide.actor.parameters():  # the new units in use, as after training
        parameter.data.add_(0.02 * torch.randn_like(parameter))
    _, rates = exported_network(on_grid(wide), tmp_path)
    assert rates["power"] >= 0.99 and rates["target_within_2"] >= 0.99, rates


def test_a_role_split_network_exports_and_plays_as_its_torch_model(tmp_path: Path) -> None:
    """`model.role_split`: the bot carries both roles' networks (ten layers), picks its pod's role's five,
    fits under 100,000 characters hybrid included, and answers as the torch model does, each role apart."""
    torch.manual_seed(6)
    shipped = load_actor(PRETRAINED_MODEL)
    split = widened(shipped, shipped.size._replace(role_split=True))
    for parameter in split.actor.blocker.parameters():  # the roles' networks apart, as after training
        parameter.data.add_(0.02 * torch.randn_like(parameter))
    split = on_grid(split)
    assert [name for name, _ in actor_layers(split)][4:6] == ["runner.head", "blocker.encoder.0"]
    bot, rates = exported_network(split, tmp_path)
    assert rates["power"] >= 0.99 and rates["target_within_2"] >= 0.99, rates
    one_network = compare(bot, record_games(shipped, min_turns=600)).rates()
    assert one_network["target_within_1"] < 0.95, one_network  # its blockers are the moved network's


def test_the_shipped_model_lies_on_its_int8_grid_and_snapping_is_idempotent() -> None:
    shipped = load_actor(PRETRAINED_MODEL)
    snapped = on_grid(shipped)
    for a, b in zip(shipped.actor.parameters(), snapped.actor.parameters(), strict=True):
        torch.testing.assert_close(a, b, rtol=0, atol=1e-7)
    trained = DeepSetsPolicy()  # off the grid: snapping moves it by at most half a step per weight
    moved = on_grid(trained)
    snapped_layers = dict(actor_layers(moved))
    for (name, layer), q in zip(actor_layers(trained), quantise(trained), strict=True):
        step = q.scales[:, None].expand_as(layer.weight)
        gap = (layer.weight - snapped_layers[name].weight).abs()
        assert (gap <= step / 2 + 1e-7).all() and gap.max() > 0


def test_quantisation_aware_actor_runs_the_exported_grid_and_trains_its_float_weights() -> None:
    """`ppo.quantisation_aware`: the actor's forward is exactly the snapped network's (the bot's), its
    parameters stay the float weights, and gradients reach them straight through the rounding."""
    torch.manual_seed(0)
    model = DeepSetsPolicy()
    float_weights = {k: v.clone() for k, v in model.actor_state_dict().items()}
    snapped = on_grid(model)
    obs = random_obs(n=8, seed=1)
    float_out = model.actor(obs)
    model.set_actor_on_grid(True)
    assert model.actor_on_grid and not snapped.actor_on_grid
    grid_out = model.actor(obs)
    torch.testing.assert_close(grid_out, snapped.actor(obs), rtol=0, atol=0)
    assert (grid_out - float_out).abs().max() > 1e-4  # the grid is not the float network
    for key, value in model.actor_state_dict().items():
        assert torch.equal(value, float_weights[key])  # checkpoints keep the float weights
    grid_out.square().sum().backward()
    snapped.actor(obs).square().sum().backward()
    for (_, layer), (_, twin) in zip(actor_layers(model), actor_layers(snapped), strict=True):
        torch.testing.assert_close(layer.weight.grad, twin.weight.grad)  # straight through the rounding
    model.set_actor_on_grid(False)
    torch.testing.assert_close(model.actor(obs), float_out, rtol=0, atol=0)


def test_ship_writes_the_grid_model_and_its_card(tmp_path: Path) -> None:
    source = tmp_path / "ckpt.pt"
    model = DeepSetsPolicy()
    config = TrainingConfig().model_dump_json()
    torch.save({"model": model.state_dict(), "iteration": 3, "global_step": 96, "config": config}, source)
    shipped = ship(source, {"runner": "1.0"}, directory=tmp_path)
    card = json.loads((tmp_path / "sebulba_actor.json").read_text())
    assert card["iteration"] == 3 and card["figures"] == {"runner": "1.0"}
    assert card["int8_rounding_vs_trained"]["max_abs_error"] > 0
    assert "distillation" not in card
    loaded, trained_critic = load_policy(shipped)
    for a, b in zip(loaded.actor.parameters(), on_grid(model).actor.parameters(), strict=True):
        torch.testing.assert_close(a, b, rtol=0, atol=0)
    assert trained_critic  # the critic travels with the actor: `--init` from it needs no warm-up
    for a, b in zip(loaded.critic.parameters(), model.critic.parameters(), strict=True):
        torch.testing.assert_close(a, b, rtol=0, atol=0)
    record = {"config": {"steps": 8000}, "rounds": [{"round": 0, "samples": 10}]}
    torch.save(
        {
            "model": model.state_dict(),
            "iteration": 3,
            "global_step": 96,
            "config": config,
            "distillation": json.dumps(record),
        },
        source,
    )
    ship(source, {}, directory=tmp_path)
    assert json.loads((tmp_path / "sebulba_actor.json").read_text())["distillation"] == record
    (tmp_path / "broken.pt").write_bytes(b"not a checkpoint")
    with pytest.raises(CheckpointError):
        ship(tmp_path / "broken.pt", {}, directory=tmp_path)


def test_per_row_quantisation_is_at_least_as_fine_as_per_tensor() -> None:
    model = load_actor(PRETRAINED_MODEL)
    per_row, per_tensor = quantisation_error(model, True), quantisation_error(model, False)
    assert per_row["mean_abs_error"] <= per_tensor["mean_abs_error"]
    assert per_row["max_abs_error"] <= per_row["max_abs_weight"] / 254 + 1e-6
    assert len(render_bot(model, per_row=False)) < len(render_bot(model, per_row=True))


def test_export_rejects_a_corrupt_checkpoint(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pt"
    broken.write_bytes(b"not a checkpoint")
    assert main(["export", str(broken), "-o", str(tmp_path / "bot.py")]) == 2
    assert not (tmp_path / "bot.py").exists()
