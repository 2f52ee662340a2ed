"""The control room's server for the tests, for real: uvicorn on a free port, a WebSocket client."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
import websockets

from sebulba.config import ConfigManager, preset
from sebulba.web.app import create_app, server_config


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data_dir: Path, autostart: bool, allow_origins: tuple[str, ...] = ()) -> None:
        self.config = ConfigManager(preset("cpu"))
        self.config.update(
            {"ppo": {"num_envs": 16, "num_steps": 8, "num_minibatches": 2, "update_epochs": 1}}
        )
        self.port = free_port()
        app = create_app(
            self.config, data_dir, autostart=autostart, resume=False, allow_origins=allow_origins
        )
        self.server = uvicorn.Server(server_config(app, "127.0.0.1", self.port))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.base = f"http://127.0.0.1:{self.port}"
        self.ws = f"ws://127.0.0.1:{self.port}/ws/telemetry"

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=60)


@pytest.fixture
def training_server(tmp_path: Path) -> Iterator[Server]:
    with Server(tmp_path, autostart=True) as server:
        yield server


@pytest.fixture
def idle_server(tmp_path: Path) -> Iterator[Server]:
    with Server(tmp_path, autostart=False) as server:
        yield server


async def frames_until(ws: websockets.ClientConnection, kind: str, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        frame = json.loads(await asyncio.wait_for(ws.recv(), max(0.1, deadline - time.monotonic())))
        if frame["type"] == kind:
            return frame
