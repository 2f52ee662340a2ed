"""The control room's server, for real: uvicorn on a free port, a WebSocket client, real training."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
import websockets

from sebulba.config import ConfigManager, preset
from sebulba.web.app import CLIENT_QUEUE_FRAMES, Broadcaster, create_app, server_config
from sebulba.web.schemas import ConfigResultFrame, ErrorFrame, LogFrame, TelemetryFrame


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data_dir: Path, autostart: bool) -> None:
        self.config = ConfigManager(preset("cpu"))
        self.config.update(
            {"ppo": {"num_envs": 16, "num_steps": 8, "num_minibatches": 2, "update_epochs": 1}}
        )
        self.port = free_port()
        app = create_app(self.config, data_dir, autostart=autostart, resume=False)
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


def test_telemetry_frames_follow_the_schema_and_show_the_race(training_server: Server) -> None:
    async def scenario() -> None:
        async with websockets.connect(training_server.ws, compression="deflate") as ws:
            # The client offers permessage-deflate, as browsers do; the server declines (no per-client zlib).
            assert "Sec-WebSocket-Extensions" not in ws.response.headers
            deadline = time.monotonic() + 90
            while True:
                frame = TelemetryFrame.model_validate(await frames_until(ws, "telemetry"))
                if frame.race_state is not None and frame.step > 0:
                    break
                assert time.monotonic() < deadline
            assert frame.stats.running
            assert frame.race_state.pods and frame.race_state.checkpoints
            assert frame.stats.fps_training > 0

    asyncio.run(scenario())


def test_config_changes_reach_the_trainer_snapshot_and_bad_messages_get_errors(idle_server: Server) -> None:
    async def scenario() -> None:
        async with websockets.connect(idle_server.ws) as ws:
            await ws.send(json.dumps({"type": "config", "payload": {"rewards": {"team_spirit": 0.7}}}))
            result = ConfigResultFrame.model_validate(await frames_until(ws, "config_result"))
            assert result.accepted
            assert idle_server.config.get_snapshot().rewards.team_spirit == 0.7
            await ws.send(json.dumps({"type": "config", "payload": {"ppo": {"learning_rate": "fast"}}}))
            rejected = ConfigResultFrame.model_validate(await frames_until(ws, "config_result"))
            assert not rejected.accepted and "learning_rate" in (rejected.error or "")
            assert idle_server.config.get_snapshot().ppo.learning_rate == preset("cpu").ppo.learning_rate
            for bad in [
                "{not json",
                "[1, 2]",
                json.dumps({"type": "dance"}),
                json.dumps({"type": "command"}),
            ]:
                await ws.send(bad)
                ErrorFrame.model_validate(await frames_until(ws, "error"))
            await ws.send(json.dumps({"type": "config", "payload": {"rewards": {"tau": 0.25}}}))
            assert ConfigResultFrame.model_validate(await frames_until(ws, "config_result")).accepted

    asyncio.run(scenario())


def test_commands_start_stop_and_save(idle_server: Server, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with websockets.connect(idle_server.ws) as ws:
            await ws.send(json.dumps({"type": "command", "action": "START"}))
            assert (await frames_until(ws, "command_result"))["ok"]
            await frames_until(ws, "log")
            deadline = time.monotonic() + 90
            while True:
                frame = TelemetryFrame.model_validate(await frames_until(ws, "telemetry"))
                if frame.step > 0:
                    break
                assert time.monotonic() < deadline
            await ws.send(json.dumps({"type": "command", "action": "SAVE_CHECKPOINT"}))
            saved = await frames_until(ws, "command_result")
            assert saved["ok"] and "saved" in saved["message"]
            await ws.send(json.dumps({"type": "command", "action": "STOP"}))
            assert (await frames_until(ws, "command_result"))["ok"]

    asyncio.run(scenario())
    names = [c["name"] for c in httpx.get(f"{idle_server.base}/api/checkpoints").json()]
    assert names and all((tmp_path / "checkpoints" / f"{n}.pt").is_file() for n in names)
    assert not httpx.get(f"{idle_server.base}/api/health").json()["running"]
    exported = httpx.get(f"{idle_server.base}/api/checkpoints/{names[0]}/export")
    assert exported.status_code == 200 and "import math" in exported.text


def test_rest_config_validation_and_path_traversal(idle_server: Server, tmp_path: Path) -> None:
    base = idle_server.base
    bad = httpx.put(f"{base}/api/config", json={"ppo": {"num_envs": 0}})
    assert bad.status_code == 422 and "num_envs" in bad.json()["detail"]
    good = httpx.put(f"{base}/api/config", json={"ppo": {"ent_coef": 0.02}})
    assert good.status_code == 200 and good.json()["ppo"]["ent_coef"] == 0.02
    secret = tmp_path.parent / "secret.pt"
    secret.write_bytes(b"do not touch")
    for name in ["..%2Fsecret", "%2E%2E", ".hidden", "a" * 80]:
        for response in (
            httpx.delete(f"{base}/api/checkpoints/{name}"),
            httpx.post(f"{base}/api/checkpoints/{name}/load"),
            httpx.get(f"{base}/api/replays/{name}"),
        ):
            assert response.status_code in (400, 404, 405), (name, response.status_code)
    assert httpx.post(f"{base}/api/checkpoints", json={"name": "../evil"}).status_code == 400
    assert secret.read_bytes() == b"do not touch"
    assert httpx.get(f"{base}/api/league").json() == []


def test_a_client_that_connects_late_gets_the_log_backlog(idle_server: Server) -> None:
    httpx.post(f"{idle_server.base}/api/control/reset")
    time.sleep(0.2)

    async def scenario() -> None:
        async with websockets.connect(idle_server.ws) as ws:
            log = LogFrame.model_validate(await frames_until(ws, "log", timeout=5))
            assert "reset" in log.message

    asyncio.run(scenario())


def test_log_frames_reach_clients(idle_server: Server) -> None:
    async def scenario() -> None:
        async with websockets.connect(idle_server.ws) as ws:
            await ws.send(json.dumps({"type": "command", "action": "RESET"}))
            LogFrame.model_validate(await frames_until(ws, "log"))

    asyncio.run(scenario())


def test_scenario_plays_the_heuristic_bot_before_any_training(idle_server: Server) -> None:
    body = {
        "checkpoints": [[3000, 3000], [12000, 6000], [8000, 2000]],
        "pods": [
            {"x": 3000, "y": 4000},
            {"x": 3000, "y": 2000},
            {"x": 2000, "y": 3000},
            {"x": 4000, "y": 3000},
        ],
        "turns": 20,
    }
    response = httpx.post(f"{idle_server.base}/api/scenario", json=body, timeout=60)
    assert response.status_code == 200
    scenario = response.json()
    assert scenario["bot"] == "heuristic"
    turns = scenario["turns"]
    assert len(turns) == 20 and len(turns[-1]["pods"]) == 4
    assert any(pod["x"] != 3000 or pod["y"] != 4000 for pod in turns[-1]["pods"][:1]), "the pods moved"
    assert (
        httpx.post(f"{idle_server.base}/api/scenario", json={**body, "pods": body["pods"][:2]}).status_code
        == 422
    )


def test_replays_are_listed_and_served_from_the_data_folder(idle_server: Server, tmp_path: Path) -> None:
    replays = tmp_path / "replays"
    replays.mkdir()
    (replays / "game1.json").write_text(json.dumps({"checkpoints": [[1, 2]], "turns": []}))
    (replays / "notes.txt").write_text("not a replay")
    assert httpx.get(f"{idle_server.base}/api/replays").json() == ["game1.json"]
    assert httpx.get(f"{idle_server.base}/api/replays/game1.json").json()["checkpoints"] == [[1, 2]]
    assert httpx.get(f"{idle_server.base}/api/replays/other.json").status_code == 404


def test_latest_telemetry_over_rest_follows_the_schema(idle_server: Server) -> None:
    frame = TelemetryFrame.model_validate(httpx.get(f"{idle_server.base}/api/telemetry").json())
    assert not frame.stats.running and frame.step == 0


def test_a_full_client_queue_drops_its_oldest_frame() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue(maxsize=CLIENT_QUEUE_FRAMES)
    for i in range(CLIENT_QUEUE_FRAMES + 3):
        Broadcaster.offer(queue, str(i))
    kept = [queue.get_nowait() for _ in range(queue.qsize())]
    assert kept == [str(i) for i in range(3, CLIENT_QUEUE_FRAMES + 3)]
