"""REST routers, one per concern: config, control, checkpoints, league, replays, export, scenario."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import PlainTextResponse

from sebulba.arena.players import LocalPlayer
from sebulba.arena.policy_bot import PolicyBot
from sebulba.arena.referee import protocol_view
from sebulba.config import ConfigError, ConfigManager, TrainingConfig
from sebulba.export.exporter import actor_from_payload, render_bot
from sebulba.models.deepsets import DeepSetsPolicy
from sebulba.simulation.cpu_physics import GameState, Pod, parse_command, step
from sebulba.training.checkpoints import CheckpointError
from sebulba.training.service import TrainingService
from sebulba.web.schemas import SaveRequest, ScenarioRequest

REPLAY_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}\.json$")


def service_of(request: Request) -> TrainingService:
    return request.app.state.service


def config_of(request: Request) -> ConfigManager:
    return request.app.state.config_manager


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


def run_command(service: TrainingService, action: str) -> str:
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
    try:
        return action()
    except ValueError as error:
        raise HTTPException(status_code=400, detail=str(error)) from None
    except CheckpointError as error:
        raise HTTPException(status_code=404, detail=str(error)) from None


@checkpoints_router.get("")
def list_checkpoints(request: Request) -> list[dict[str, Any]]:
    return [info.__dict__ for info in service_of(request).store.list()]


@checkpoints_router.post("")
def save_checkpoint(request: Request, body: SaveRequest) -> dict[str, str]:
    return {"name": _checked(lambda: service_of(request).save_checkpoint(body.name))}


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
        sorted(p.name for p in folder.glob("*.json") if REPLAY_NAME.fullmatch(p.name))
        if folder.is_dir()
        else []
    )


@replays_router.get("/{name}")
def get_replay(request: Request, name: str) -> dict[str, Any]:
    if not REPLAY_NAME.fullmatch(name) or ".." in name:
        raise HTTPException(status_code=400, detail=f"invalid replay name {name!r}")
    path = _replay_dir(request) / name
    if not path.is_file():
        raise HTTPException(status_code=404, detail=f"no replay named {name!r}")
    try:
        return json.loads(path.read_text())
    except ValueError:
        raise HTTPException(status_code=422, detail=f"replay {name!r} is not valid JSON") from None


scenario_router = APIRouter(prefix="/api/scenario", tags=["scenario"])


@scenario_router.post("")
def run_scenario(request: Request, body: ScenarioRequest) -> dict[str, Any]:
    """Play the current policy (both teams) from a hand-placed situation; returns every turn."""
    actor = service_of(request).actor_state()
    model = DeepSetsPolicy()
    if actor is not None:
        model.actor.load_state_dict(actor)
    checkpoints = [tuple(c) for c in body.checkpoints]
    pods = [Pod(float(p.x), float(p.y), float(p.vx), float(p.vy), p.angle, 1) for p in body.pods]
    state = GameState(checkpoints=checkpoints, pods=pods)  # type: ignore[arg-type]
    players = [LocalPlayer("policy", PolicyBot(model)), LocalPlayer("policy", PolicyBot(model))]
    for player in players:
        player.start(3, checkpoints)  # type: ignore[arg-type]
    frames = []
    while not state.finished and state.turn < body.turns:
        lines = players[0].turn(protocol_view(state, 0), 1.0) + players[1].turn(protocol_view(state, 1), 1.0)
        step(state, [parse_command(line) for line in lines])
        frames.append(
            {
                "turn": state.turn,
                "pods": [
                    {"x": p.x, "y": p.y, "vx": p.vx, "vy": p.vy, "angle": p.angle or 0.0} for p in state.pods
                ],
                "collisions": [[c.x, c.y] for c in state.last_collisions],
            }
        )
    return {
        "checkpoints": checkpoints,
        "frames": frames,
        "winner": state.winner,
        "trained": actor is not None,
    }


ROUTERS = (
    config_router,
    control_router,
    checkpoints_router,
    league_router,
    replays_router,
    scenario_router,
)
