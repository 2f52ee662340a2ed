"""The control room's server: REST routers, the telemetry WebSocket and the built page.

Training runs in a process of its own (`TrainingProcess`), so the event loop never holds a GIL the trainer
needs; this layer only reads the hub's snapshots (mirrored from that process) and writes configuration
through the `ConfigManager`. One broadcaster task turns snapshots into frames (at
most 60 a second, only when something changed) and hands them to each client's `Outbox`, whose telemetry
queue is bounded and drops its oldest frame when full: a slow or stalled browser never slows training or
other clients. Replies to a client's messages are never dropped: they wait in the outbox apart from
telemetry, and the server reads that client's next message only while fewer than REPLY_QUEUE_FRAMES wait.
`guard.LocalOnly` refuses requests from other sites and other host names (see its docstring).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import deque
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI, Request, WebSocket, WebSocketDisconnect
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError

from sebulba.config import ConfigError, ConfigManager
from sebulba.training.service import TrainingProcess
from sebulba.training.telemetry import TelemetryHub
from sebulba.web.guard import LocalOnly
from sebulba.web.routers import ROUTERS, run_command
from sebulba.web.schemas import (
    CommandMessage,
    CommandResultFrame,
    ConfigMessage,
    ConfigResultFrame,
    ErrorFrame,
    log_frame,
    telemetry_frame,
)

STATIC_DIR = Path(__file__).parent / "static"
FRAME_INTERVAL_S = 1 / 60
IDLE_STATS_INTERVAL_S = 0.5
"""Without new race frames (training stopped), stats still go out at this pace."""
CLIENT_QUEUE_FRAMES = 8
"""Telemetry frames a client may fall behind by before its oldest is dropped."""
REPLY_QUEUE_FRAMES = 64
"""Unsent replies after which the server stops reading that client's messages until it catches up."""
BACKLOG_EVENTS = 50
"""Log events a new client gets first, so a page opened mid-run still shows what happened."""
SEND_TIMEOUT_S = 2.0


class Outbox:
    """One client's frames to send: every reply, in order, before the newest CLIENT_QUEUE_FRAMES of
    telemetry (older telemetry is dropped: the next frame supersedes it)."""

    def __init__(self) -> None:
        self.telemetry: deque[str] = deque(maxlen=CLIENT_QUEUE_FRAMES)
        self.replies: asyncio.Queue[str] = asyncio.Queue(maxsize=REPLY_QUEUE_FRAMES)
        self._ready = asyncio.Event()

    def offer(self, message: str) -> None:
        """Queue a telemetry frame, dropping the oldest when the client is behind."""
        self.telemetry.append(message)
        self._ready.set()

    async def reply(self, message: str) -> None:
        """Queue a reply; waits (holding back the client's next message) while REPLY_QUEUE_FRAMES wait."""
        await self.replies.put(message)
        self._ready.set()

    async def next(self) -> str:
        while True:
            if not self.replies.empty():
                return self.replies.get_nowait()
            if self.telemetry:
                return self.telemetry.popleft()
            self._ready.clear()
            await self._ready.wait()


class Broadcaster:
    """Fans telemetry out to every connected client's outbox."""

    def __init__(self, hub: TelemetryHub) -> None:
        self.hub = hub
        self.clients: set[Outbox] = set()
        self.frames_sent = 0
        self.log_seq = 0
        """The last event handed to the clients: a new client's backlog ends there, the queues go on."""

    def backlog(self) -> list[str]:
        events = [event for event in self.hub.events_after(0) if event.seq <= self.log_seq]
        return [log_frame(event).model_dump_json() for event in events[-BACKLOG_EVENTS:]]

    async def run(self) -> None:
        race_seq = -1
        idle = 0.0
        while True:
            await asyncio.sleep(FRAME_INTERVAL_S)
            idle += FRAME_INTERVAL_S
            seq, race = self.hub.race()
            events = self.hub.events_after(self.log_seq)
            if not self.clients:
                race_seq = seq
                self.log_seq = events[-1].seq if events else self.log_seq
                continue
            messages = []
            if seq != race_seq or idle >= IDLE_STATS_INTERVAL_S:
                race_seq = seq
                idle = 0.0
                messages.append(telemetry_frame(self.hub.stats(), race).model_dump_json())
            for event in events:
                self.log_seq = event.seq
                messages.append(log_frame(event).model_dump_json())
            for client in list(self.clients):
                for message in messages:
                    client.offer(message)
            self.frames_sent += len(messages)


NOT_BUILT_PAGE = (
    "<!doctype html><title>Sebulba</title><p>The control room page is not built: "
    "run <code>make setup</code> (it builds frontend/ into sebulba/web/static). "
    "The API is at <a href='/docs'>/docs</a>.</p>"
)


def _not_built_page() -> HTMLResponse:
    return HTMLResponse(NOT_BUILT_PAGE)


def create_app(
    config_manager: ConfigManager,
    data_dir: Path,
    autostart: bool = True,
    resume: bool = True,
    hub: TelemetryHub | None = None,
    bind_host: str = "127.0.0.1",
    allow_origins: Iterable[str] = (),
) -> FastAPI:
    """The control room for a server bound to `bind_host`; pages from `allow_origins` (besides its own)
    may drive it too (guard.LocalOnly)."""
    hub = hub or TelemetryHub()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service = TrainingProcess(config_manager, hub, data_dir, resume=resume)
        broadcaster = Broadcaster(hub)
        app.state.service = service
        app.state.broadcaster = broadcaster
        task = asyncio.create_task(broadcaster.run())
        if autostart:
            await asyncio.to_thread(service.start)
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await asyncio.to_thread(service.close)

    app = FastAPI(title="Sebulba control room", lifespan=lifespan)
    app.add_middleware(LocalOnly, bind_host=bind_host, allow_origins=tuple(allow_origins))
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.state.config_manager = config_manager
    app.state.data_dir = Path(data_dir)
    app.state.hub = hub
    for router in ROUTERS:
        app.include_router(router)

    @app.websocket("/ws/telemetry")
    async def telemetry(websocket: WebSocket) -> None:
        await websocket.accept()
        outbox = Outbox()
        broadcaster: Broadcaster = app.state.broadcaster
        backlog = broadcaster.backlog()
        broadcaster.clients.add(outbox)
        sender = asyncio.create_task(_send_loop(websocket, backlog, outbox))
        try:
            while True:
                message = await websocket.receive()
                if message["type"] == "websocket.disconnect":
                    break
                text = message.get("text")
                if text is None:
                    reply = ErrorFrame(message="binary frames are not read: send JSON text").model_dump_json()
                else:
                    reply = await _handle(app, text)
                await outbox.reply(reply)
        except WebSocketDisconnect:
            pass
        finally:
            broadcaster.clients.discard(outbox)
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sender

    if STATIC_DIR.is_dir() and (STATIC_DIR / "index.html").is_file():
        app.mount("/", StaticFiles(directory=STATIC_DIR, html=True), name="static")
    else:
        app.get("/", response_class=HTMLResponse)(_not_built_page)
    return app


def server_config(app: FastAPI, host: str, port: int) -> uvicorn.Config:
    """How `sebulba serve` runs the app. Each client's frames should cost the server little (on a busy
    machine its core may be the trainer's): no permessage-deflate (browsers ask for it; compressing each
    small frame once per client buys bandwidth a page on this machine does not need). The WebSocket
    protocol stays uvicorn's `websockets` one: its sends wait while a client's socket is full, which
    `_send_loop`'s timeout relies on (uvicorn 0.38's sans-I/O variant, a little cheaper per frame, never
    waits: a stalled client's frames would pile up in memory)."""
    return uvicorn.Config(
        app, host=host, port=port, log_level="warning", ws="websockets", ws_per_message_deflate=False
    )


async def _invalid_request(request: Request, error: Exception) -> JSONResponse:
    """422 naming each field and its problem, not echoing the input (NaN has no JSON; a long one floods)."""
    assert isinstance(error, RequestValidationError)
    detail = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in error.errors()]
    return JSONResponse({"detail": detail}, status_code=422)


async def _send_loop(websocket: WebSocket, backlog: list[str], outbox: Outbox) -> None:
    """Send the backlog, then the outbox; a client taking none within SEND_TIMEOUT_S is dropped."""
    while True:
        message = backlog.pop(0) if backlog else await outbox.next()
        try:
            async with asyncio.timeout(SEND_TIMEOUT_S):  # no task per frame, unlike wait_for
                await websocket.send_text(message)
        except (TimeoutError, RuntimeError, WebSocketDisconnect):
            with contextlib.suppress(Exception):
                await websocket.close()
            return


async def _handle(app: FastAPI, text: str) -> str:
    """A client message -> the reply frame (JSON); never raises."""
    try:
        message = json.loads(text)
    except ValueError:
        return ErrorFrame(message="malformed JSON").model_dump_json()
    except RecursionError:
        return ErrorFrame(message="JSON nested too deeply").model_dump_json()
    if not isinstance(message, dict):
        return ErrorFrame(message="a message is a JSON object with a 'type'").model_dump_json()
    kind = message.get("type")
    try:
        if kind == "command":
            command = CommandMessage.model_validate(message)
            service = app.state.service
            try:
                text = await asyncio.to_thread(run_command, service, command.action)
                return CommandResultFrame(action=command.action, ok=True, message=text).model_dump_json()
            except (ValueError, RuntimeError, TimeoutError) as error:
                return CommandResultFrame(
                    action=command.action, ok=False, message=str(error)
                ).model_dump_json()
        if kind == "config":
            update = ConfigMessage.model_validate(message)
            try:
                config = app.state.config_manager.update(update.payload)
            except ConfigError as error:
                return ConfigResultFrame(accepted=False, error=str(error)).model_dump_json()
            return ConfigResultFrame(accepted=True, config=config.model_dump()).model_dump_json()
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        return ErrorFrame(message=f"invalid {kind} message: {problems}").model_dump_json()
    except RecursionError:
        return ErrorFrame(message=f"invalid {kind} message: nested too deeply").model_dump_json()
    return ErrorFrame(message=f"unknown message type {kind!r}").model_dump_json()
