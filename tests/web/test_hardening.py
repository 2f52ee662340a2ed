"""Hostile or careless requests against a real server (issue 23): each must be refused cleanly, lose nothing
and leave the server serving."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path

import httpx
import pytest
import websockets
from websockets.exceptions import InvalidStatus

from sebulba.cli import main
from sebulba.config import preset
from sebulba.web.schemas import ConfigResultFrame, ErrorFrame
from tests.web.conftest import Server, frames_until

EVIL = "http://evil.example"


def refused_upgrade(url: str, **options: object) -> int:
    """The HTTP status of a refused WebSocket upgrade (0 when it was accepted)."""

    async def scenario() -> int:
        try:
            async with websockets.connect(url, **options):
                return 0
        except InvalidStatus as error:
            return error.response.status_code

    return asyncio.run(scenario())


def test_other_sites_and_host_names_cannot_drive_the_server(idle_server: Server) -> None:
    base = idle_server.base
    learning_rate = idle_server.config.get_snapshot().ppo.learning_rate
    origin = {"Origin": EVIL}
    assert httpx.post(f"{base}/api/control/START", headers=origin, json={}).status_code == 403
    assert httpx.post(f"{base}/api/control/RESET", headers=origin, json={}).status_code == 403
    assert (
        httpx.put(f"{base}/api/config", headers=origin, json={"ppo": {"learning_rate": 1.0}}).status_code
        == 403
    )
    assert httpx.post(f"{base}/api/checkpoints", headers=origin, json={}).status_code == 403
    # DNS rebinding: a foreign name that resolves here, on REST and on the WebSocket upgrade.
    for host in ("evil.example", f"evil.example:{idle_server.port}", "127.0.0.1.evil.example"):
        assert httpx.get(f"{base}/api/health", headers={"Host": host}).status_code == 403
    foreign = f"ws://evil.example:{idle_server.port}/ws/telemetry"
    assert refused_upgrade(foreign, host="127.0.0.1", port=idle_server.port) == 403
    assert refused_upgrade(idle_server.ws, origin=EVIL) == 403
    assert refused_upgrade(idle_server.ws, origin="null") == 403
    # A body-less POST is what a page may send anywhere without a preflight: refused.
    assert httpx.post(f"{base}/api/control/START").status_code == 415
    form = {"Content-Type": "text/plain"}
    assert httpx.post(f"{base}/api/control/START", headers=form, content="{}").status_code == 415
    assert not httpx.get(f"{base}/api/health").json()["running"]
    assert idle_server.config.get_snapshot().ppo.learning_rate == learning_rate


def test_the_servers_own_pages_scripts_and_loopback_names_are_served(idle_server: Server) -> None:
    base, port = idle_server.base, idle_server.port
    assert httpx.get(f"{base}/api/health").status_code == 200  # curl: no Origin
    own = {"Origin": base}
    assert httpx.put(f"{base}/api/config", headers=own, json={"rewards": {"tau": 0.3}}).status_code == 200
    by_name = {"Host": f"localhost:{port}", "Origin": f"http://localhost:{port}"}
    assert httpx.get(f"{base}/api/health", headers=by_name).status_code == 200
    assert httpx.get(f"{base}/api/health", headers={"Host": f"[::1]:{port}"}).status_code == 200
    assert refused_upgrade(idle_server.ws, origin=base) == 0
    assert refused_upgrade(idle_server.ws) == 0
    other_port = {"Origin": f"http://127.0.0.1:{port + 1}"}
    assert httpx.get(f"{base}/api/health", headers=other_port).status_code == 403


def test_an_allowed_origin_and_its_host_are_served(tmp_path: Path) -> None:
    with Server(tmp_path, autostart=False, allow_origins=("http://mybox:8000",)) as server:
        mine = {"Host": "mybox:8000", "Origin": "http://mybox:8000"}
        assert httpx.get(f"{server.base}/api/health", headers=mine).status_code == 200
        assert httpx.put(f"{server.base}/api/config", headers=mine, json={}).status_code == 200
        assert refused_upgrade(server.ws, origin="http://mybox:8000") == 0
        assert httpx.get(f"{server.base}/api/health", headers={"Origin": EVIL}).status_code == 403
        assert httpx.get(f"{server.base}/api/health", headers={"Host": "otherbox:8000"}).status_code == 403


@pytest.mark.parametrize("origin", ["ftp://mybox", "http://mybox/path", "mybox:8000", "http://a:b@mybox"])
def test_serve_refuses_what_is_not_an_origin(origin: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--allow-origin", origin])
    assert exit_.value.code == 2 and "origin" in capsys.readouterr().err


def test_every_websocket_message_gets_its_reply(idle_server: Server) -> None:
    messages, commands = 200, 10

    async def scenario() -> list[dict]:
        async with websockets.connect(idle_server.ws) as ws:
            for i in range(messages):  # config replies are at hand: a burst the server answers at once
                if i < messages - commands:
                    await ws.send(json.dumps({"type": "config", "payload": {"rewards": {"tau": 0.25}}}))
                else:
                    await ws.send(json.dumps({"type": "command", "action": "STOP"}))
            replies = []
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(60):  # telemetry keeps coming: stop waiting for lost replies
                    while len(replies) < messages:
                        frame = json.loads(await ws.recv())
                        if frame["type"] in ("config_result", "command_result", "error"):
                            replies.append(frame)
            return replies

    replies = asyncio.run(scenario())
    assert len(replies) == messages
    assert [r["type"] for r in replies].count("command_result") == commands
    assert all(r.get("accepted", r.get("ok")) for r in replies)


def test_deep_json_and_binary_frames_get_an_error_and_the_connection_stays(idle_server: Server) -> None:
    async def scenario() -> None:
        async with websockets.connect(idle_server.ws, max_size=None) as ws:
            for depth in (1_000, 100_000):
                await ws.send("[" * depth + "]" * depth)
                assert "nested" in ErrorFrame.model_validate(await frames_until(ws, "error")).message
            deep = '{"a":' * 900 + "1" + "}" * 900
            await ws.send('{"type": "config", "payload": ' + deep + "}")
            assert not ConfigResultFrame.model_validate(await frames_until(ws, "config_result")).accepted
            await ws.send(b"\x00\x01binary")
            assert "binary" in ErrorFrame.model_validate(await frames_until(ws, "error")).message
            await ws.send(json.dumps({"type": "config", "payload": {"rewards": {"tau": 0.25}}}))
            assert ConfigResultFrame.model_validate(await frames_until(ws, "config_result")).accepted

    asyncio.run(scenario())


SCENARIO = {
    "checkpoints": [[3000, 3000], [12000, 6000]],
    "pods": [{"x": 3000, "y": 4000}, {"x": 3000, "y": 2000}, {"x": 2000, "y": 3000}, {"x": 4000, "y": 3000}],
    "turns": 3,
}


def _with_pod(**fields: object) -> dict:
    return {**SCENARIO, "pods": [{**SCENARIO["pods"][0], **fields}, *SCENARIO["pods"][1:]]}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"checkpoints": [[1000, 1000], [1000, 1000]], "pods": %s, "turns": 3}', "checkpoints"),
        ('{"checkpoints": [[1000, 1000], [2000, 1000]], "pods": %s, "turns": 3}', "checkpoints"),
        (json.dumps(_with_pod(x=10**400)), "x"),
        (json.dumps(_with_pod(vx=10**9)), "vx"),
        (json.dumps(_with_pod(x=True)), "x"),
        (json.dumps(_with_pod(angle=0.5)).replace("0.5", "NaN"), "angle"),
        (json.dumps(_with_pod(angle=0.5)).replace("0.5", "Infinity"), "angle"),
        (json.dumps(_with_pod(angle=0.5)).replace("0.5", "1e400"), "angle"),
        (json.dumps(_with_pod(x=3000, y=2000)), "pods"),
        (json.dumps({**SCENARIO, "laps": 9}), "laps"),
    ],
    ids=[
        "coincident",
        "overlapping",
        "x-10e400",
        "vx-huge",
        "x-bool",
        "nan",
        "inf",
        "1e400",
        "same",
        "extra",
    ],
)
def test_scenarios_outside_the_rules_are_422_naming_the_field(
    idle_server: Server, body: str, field: str
) -> None:
    body = body.replace("%s", json.dumps(SCENARIO["pods"]))
    response = httpx.post(
        f"{idle_server.base}/api/scenario",
        content=body,
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert response.status_code == 422, response.text
    assert field in json.dumps(response.json()["detail"])


@pytest.mark.parametrize(
    ("update", "field"),
    [
        ('{"ppo": {"learning_rate": true}}', "learning_rate"),
        ('{"ppo": {"max_grad_norm": Infinity}}', "max_grad_norm"),
        ('{"ppo": {"ent_coef": NaN}}', "ent_coef"),
        ('{"ppo": {"num_envs": 16.0}}', "num_envs"),
        ('{"ppo": {"num_envs": "16"}}', "num_envs"),
    ],
    ids=["bool", "infinity", "nan", "float-for-int", "string"],
)
def test_config_numbers_are_strict_and_finite_over_rest(idle_server: Server, update: str, field: str) -> None:
    response = httpx.put(
        f"{idle_server.base}/api/config", content=update, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422 and field in response.json()["detail"]
    config = httpx.get(f"{idle_server.base}/api/config").json()
    assert config["ppo"]["max_grad_norm"] == preset("cpu").ppo.max_grad_norm
    assert httpx.put(f"{idle_server.base}/api/config", json=config).status_code == 200  # round-trips


def test_replays_behind_symbolic_links_are_refused(idle_server: Server, tmp_path: Path) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-outside.json"
    outside.write_text(json.dumps({"secret": True}))
    replays = tmp_path / "replays"
    replays.mkdir()
    (replays / "link.json").symlink_to(outside)
    assert httpx.get(f"{idle_server.base}/api/replays/link.json").status_code == 400
    assert httpx.get(f"{idle_server.base}/api/replays").json() == []


def test_checkpoint_requests_are_strict_and_answers_leak_nothing(idle_server: Server, tmp_path: Path) -> None:
    base = idle_server.base
    folder = tmp_path / "checkpoints"
    (folder / "taken.pt").write_bytes(b"an older checkpoint")
    extra = httpx.post(f"{base}/api/checkpoints", json={"name": "x", "overwite": True})
    assert extra.status_code == 422 and "overwite" in extra.text
    assert httpx.post(f"{base}/api/checkpoints", json={"name": "taken"}).status_code == 409
    assert (folder / "taken.pt").read_bytes() == b"an older checkpoint"
    unreadable = httpx.get(f"{base}/api/checkpoints/taken/export")
    assert unreadable.status_code == 422
    assert "weights_only" not in unreadable.text and str(tmp_path) not in unreadable.text
    missing = httpx.get(f"{base}/api/checkpoints/absent/export")
    assert missing.status_code == 404 and str(tmp_path) not in missing.text
    long_name = httpx.get(f"{base}/api/checkpoints/{'a' * 5000}/export")
    assert long_name.status_code == 400 and len(long_name.text) < 400
    long_replay = httpx.get(f"{base}/api/replays/{'a' * 5000}.json")
    assert long_replay.status_code == 400 and len(long_replay.text) < 400
