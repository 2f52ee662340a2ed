"""The control room's server, for real: uvicorn on a free port, a WebSocket client, real training."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import httpx
import websockets

from sebulba.config import preset
from sebulba.web.app import CLIENT_QUEUE_FRAMES, REPLY_QUEUE_FRAMES, Outbox
from sebulba.web.schemas import ConfigResultFrame, ErrorFrame, LogFrame, TelemetryFrame
from tests.web.conftest import Server, frames_until


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
            httpx.post(f"{base}/api/checkpoints/{name}/load", json={}),
            httpx.get(f"{base}/api/replays/{name}"),
        ):
            assert response.status_code in (400, 404, 405), (name, response.status_code)
    assert httpx.post(f"{base}/api/checkpoints", json={"name": "../evil"}).status_code == 400
    assert secret.read_bytes() == b"do not touch"
    assert httpx.get(f"{base}/api/league").json() == []


def test_a_client_that_connects_late_gets_the_log_backlog(idle_server: Server) -> None:
    httpx.post(f"{idle_server.base}/api/control/reset", json={})
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


def test_a_full_outbox_drops_its_oldest_telemetry_but_keeps_every_reply() -> None:
    async def scenario() -> list[str]:
        outbox = Outbox()
        for i in range(CLIENT_QUEUE_FRAMES + 3):
            outbox.offer(f"t{i}")
            await outbox.reply(f"r{i}")
        return [await outbox.next() for _ in range(2 * CLIENT_QUEUE_FRAMES + 3)]

    sent = asyncio.run(scenario())
    assert sent[: CLIENT_QUEUE_FRAMES + 3] == [f"r{i}" for i in range(CLIENT_QUEUE_FRAMES + 3)]
    assert sent[CLIENT_QUEUE_FRAMES + 3 :] == [f"t{i}" for i in range(3, CLIENT_QUEUE_FRAMES + 3)]
    assert REPLY_QUEUE_FRAMES > CLIENT_QUEUE_FRAMES
