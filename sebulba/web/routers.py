"""REST routers, one per concern: status, config, control, checkpoints, league, replays, scenario."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import PlainTextResponse

from sebulba.arena.players import LocalPlayer, Player, make_player
from sebulba.arena.policy_bot import PolicyBot
from sebulba.arena.referee import protocol_view
from sebulba.config import ConfigError, ConfigManager, TrainingConfig
from sebulba.export.exporter import actor_from_payload, render_bot
from sebulba.models.deepsets import DeepSetsPolicy
from sebulba.simulation.cpu_physics import GameState, Pod, parse_command, step
from sebulba.training.checkpoints import CheckpointError, CheckpointMissing, shown_name
from sebulba.training.service import TrainingProcess, TrainingService
from sebulba.training.telemetry import TelemetryHub
from sebulba.web.schemas import SaveRequest, ScenarioRequest, TelemetryFrame, telemetry_frame

REPLAY_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}\.json$")


def service_of(request: Request) -> TrainingProcess | TrainingService:
    return request.app.state.service


def config_of(request: Request) -> ConfigManager:
    return request.app.state.config_manager


status_router = APIRouter(prefix="/api", tags=["status"])


@status_router.get("/health")
def health(request: Request) -> dict[str, bool]:
    return {"ok": True, "running": service_of(request).running}


@status_router.get("/telemetry")
def latest_telemetry(request: Request) -> TelemetryFrame:
    """The latest snapshot, for scripts and benchmarks that would rather poll than hold a WebSocket."""
    hub: TelemetryHub = request.app.state.hub
    return telemetry_frame(hub.stats(), hub.race()[1])


config_router = APIRouter(prefix="/api/config", tags=["config"])


@config_router.get("")
def get_config(request: Request) -> dict[str, Any]:
    return config_of(request).get_snapshot().model_dump()


@config_router.get("/schema")
def get_config_schema() -> dict[str, Any]:
    return TrainingConfig.model_json_schema()


@config_router.put("")
def put_config(request: Request, partial: dict[str, Any]) -> dict[str, Any]:
    try:
        return config_of(request).update(partial).model_dump()
    except ConfigError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None


control_router = APIRouter(prefix="/api/control", tags=["control"])


def run_command(service: TrainingProcess | TrainingService, action: str) -> str:
    """START/STOP/RESET/SAVE_CHECKPOINT, shared by REST and the WebSocket."""
    if action == "START":
        service.start()
        return "training started"
    if action == "STOP":
        service.stop()
        return "training stopped"
    if action == "RESET":
        service.reset()
        return "training reset"
    if action == "SAVE_CHECKPOINT":
        return f"saved {service.save_checkpoint()}"
    raise ValueError(f"unknown action {action!r}")


@control_router.post("/{action}")
def control(request: Request, action: str) -> dict[str, Any]:
    try:
        message = run_command(service_of(request), action.upper())
    except ValueError as error:
        raise HTTPException(status_code=400, detail=str(error)) from None
    return {"ok": True, "message": message, "running": service_of(request).running}


@control_router.get("")
def status(request: Request) -> dict[str, Any]:
    return {"running": service_of(request).running}


checkpoints_router = APIRouter(prefix="/api/checkpoints", tags=["checkpoints"])


def _checked(action: Any) -> Any:
    """A bad name is 400, a missing checkpoint 404, one that exists but cannot be read 422."""
    try:
        return action()
    except ValueError as error:
        raise HTTPException(status_code=400, detail=str(error)) from None
    except CheckpointMissing as error:
        raise HTTPException(status_code=404, detail=str(error)) from None
    except CheckpointError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None


@checkpoints_router.get("")
def list_checkpoints(request: Request) -> list[dict[str, Any]]:
    return [info.__dict__ for info in service_of(request).store.list()]


@checkpoints_router.post("")
def save_checkpoint(request: Request, body: SaveRequest) -> dict[str, str]:
    """Save now; an existing name is 409 unless `overwrite` says to replace it."""
    service = service_of(request)
    if body.name is not None and not body.overwrite and _checked(lambda: service.store.exists(body.name)):
        raise HTTPException(status_code=409, detail=f"checkpoint {body.name!r} exists; send overwrite: true")
    return {"name": _checked(lambda: service.save_checkpoint(body.name))}


@checkpoints_router.post("/{name}/load")
def load_checkpoint(request: Request, name: str) -> dict[str, str]:
    _checked(lambda: service_of(request).load_checkpoint(name))
    return {"loaded": name}


@checkpoints_router.delete("/{name}")
def delete_checkpoint(request: Request, name: str) -> dict[str, str]:
    _checked(lambda: service_of(request).store.delete(name))
    return {"deleted": name}


@checkpoints_router.get("/{name}/export", response_class=PlainTextResponse)
def export_checkpoint(request: Request, name: str) -> PlainTextResponse:
    """The checkpoint as a CodinGame bot file (the same as `sebulba export`)."""
    store = service_of(request).store
    payload = _checked(lambda: store.load(name))
    try:
        model = actor_from_payload(payload)
    except ValueError as error:
        raise HTTPException(status_code=422, detail=f"{name}: {error}") from None
    return PlainTextResponse(
        render_bot(model, name=name),
        media_type="text/x-python",
        headers={"Content-Disposition": f'attachment; filename="{name}_bot.py"'},
    )


league_router = APIRouter(prefix="/api/league", tags=["league"])


@league_router.get("")
def league_table(request: Request, top: int = 10) -> list[dict[str, Any]]:
    return service_of(request).league.table(max(1, min(top, 100)))


replays_router = APIRouter(prefix="/api/replays", tags=["replays"])


def _replay_dir(request: Request) -> Path:
    return Path(request.app.state.data_dir) / "replays"


@replays_router.get("")
def list_replays(request: Request) -> list[str]:
    folder = _replay_dir(request)
    return (
        sorted(p.name for p in folder.glob("*.json") if REPLAY_NAME.fullmatch(p.name) and not p.is_symlink())
        if folder.is_dir()
        else []
    )


@replays_router.get("/{name}")
def get_replay(request: Request, name: str) -> dict[str, Any]:
    if not REPLAY_NAME.fullmatch(name) or ".." in name:
        raise HTTPException(status_code=400, detail=f"invalid replay name {shown_name(name)}")
    folder = _replay_dir(request)
    path = folder / name
    if path.is_symlink() or (path.exists() and path.resolve().parent != folder.resolve()):
        raise HTTPException(status_code=400, detail=f"replay {name!r} leads outside the replays folder")
    if not path.is_file():
        raise HTTPException(status_code=404, detail=f"no replay named {name!r}")
    try:
        return json.loads(path.read_text())
    except ValueError:
        raise HTTPException(status_code=422, detail=f"replay {name!r} is not valid JSON") from None


scenario_router = APIRouter(prefix="/api/scenario", tags=["scenario"])


def _scenario_player(actor: dict[str, Any] | None) -> Player:
    """The current policy's weights when training has produced some, else the built-in heuristic bot."""
    if actor is None:
        return make_player("heuristic")
    return LocalPlayer("policy", PolicyBot(DeepSetsPolicy.for_actor(actor)))


def _turn_record(state: GameState, commands: list[str]) -> dict[str, Any]:
    """One turn in the replay format of `sebulba race`, so the page plays both the same way."""
    return {
        "turn": state.turn,
        "commands": commands,
        "pods": [
            {
                "x": int(p.x),
                "y": int(p.y),
                "vx": int(p.vx),
                "vy": int(p.vy),
                "angle": p.angle,
                "next": p.next_checkpoint,
                "passed": p.checkpoints_passed,
                "shield": p.shield_turns,
                "boost_used": p.boost_used,
            }
            for p in state.pods
        ],
        "collisions": [{"a": c.a, "b": c.b, "x": c.x, "y": c.y} for c in state.last_collisions],
    }


@scenario_router.post("")
def run_scenario(request: Request, body: ScenarioRequest) -> dict[str, Any]:
    """Play both teams from a hand-placed situation (same bot on each side); returns every turn."""
    actor = service_of(request).actor_state()
    checkpoints = [(x, y) for x, y in body.checkpoints]
    pods = [Pod(float(p.x), float(p.y), float(p.vx), float(p.vy), p.angle) for p in body.pods]
    state = GameState(checkpoints=checkpoints, pods=pods)
    players = [_scenario_player(actor), _scenario_player(actor)]
    for player in players:
        player.start(state.rules.laps, checkpoints)
    turns = []
    try:
        while not state.finished and state.turn < body.turns:
            lines = players[0].turn(protocol_view(state, 0), 1.0) + players[1].turn(
                protocol_view(state, 1), 1.0
            )
            step(state, [parse_command(line) for line in lines])
            turns.append(_turn_record(state, lines))
    finally:
        for player in players:
            player.close()
    return {
        "checkpoints": [list(c) for c in checkpoints],
        "turns": turns,
        "result": {"winner": state.winner, "reason": state.end_reason, "turns": state.turn},
        "bot": "policy" if actor is not None else "heuristic",
    }


ROUTERS = (
    status_router,
    config_router,
    control_router,
    checkpoints_router,
    league_router,
    replays_router,
    scenario_router,
)
