"""`sebulba serve`: the control room (page + API + telemetry) with training in a process of its own."""

from __future__ import annotations

import argparse
from pathlib import Path

import torch
import uvicorn

from sebulba.config import ConfigManager, preset
from sebulba.web.app import create_app, server_config
from sebulba.web.guard import normalise_origin


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help="the control room: training with live telemetry in a browser"
    )
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default: this machine only)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--preset", choices=["auto", "cpu", "gpu"], default="auto", help="auto: gpu when CUDA is available"
    )
    parser.add_argument("--data-dir", type=Path, default=Path("data"))
    parser.add_argument(
        "--no-train", action="store_true", help="serve without starting training (START later)"
    )
    parser.add_argument("--fresh", action="store_true", help="do not resume from the last checkpoint")
    parser.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        type=_origin,
        metavar="URL",
        help="also accept pages (and the Host) of this origin, e.g. http://mybox:8000 when serving "
        "--host 0.0.0.0 (repeatable; by default only this server's own pages on a loopback name)",
    )
    parser.set_defaults(func=run)


def _origin(text: str) -> str:
    try:
        return normalise_origin(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def run(args: argparse.Namespace) -> int:
    name = args.preset if args.preset != "auto" else ("gpu" if torch.cuda.is_available() else "cpu")
    app = create_app(
        ConfigManager(preset(name)),
        args.data_dir,
        autostart=not args.no_train,
        resume=not args.fresh,
        bind_host=args.host,
        allow_origins=args.allow_origin,
    )
    print(f"Sebulba control room: http://{args.host}:{args.port}/  (preset {name}, data in {args.data_dir})")
    uvicorn.Server(server_config(app, args.host, args.port)).run()
    return 0
