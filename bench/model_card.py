"""The shipped model's card (`sebulba/pretrained/sebulba_actor.json`) as markdown, for docs/MODEL_CARD.md.

    .venv/bin/python bench/model_card.py > docs/MODEL_CARD.md

The JSON card stays the source (`python -m sebulba.export.ship` writes it); this renders it so that the
page cannot drift from it: rerun after each ship. Config keys the trainer no longer has (options measured
and removed, docs/EXPERIMENTS.md) are listed under the config, which is printed as recorded.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sebulba.config import TrainingConfig  # noqa: E402
from sebulba.export.ship import PRETRAINED_CARD  # noqa: E402

HEADER = """# Model card: the shipped model

Rendered from [`sebulba/pretrained/sebulba_actor.json`](../sebulba/pretrained/sebulba_actor.json) by
`.venv/bin/python bench/model_card.py > docs/MODEL_CARD.md`; edit the JSON card (or ship a new model),
not this page. The weights: `sebulba/pretrained/sebulba_actor.pt`; the bot exported from them:
`dist/sebulba_bot.py`. How the model was trained and selected: [EXPERIMENTS.md](EXPERIMENTS.md).
"""


def as_record(value: Any) -> Any:
    """A JSON object kept as a string in the card (a nested record), parsed; None for anything else."""
    if not isinstance(value, str) or not value.startswith("{"):
        return None
    return json.loads(value)


def escape_pipes(value: Any) -> str:
    """A table cell's text: a pipe inside it would end the cell."""
    return str(value).replace("|", "\\|")


def section(title: str, rows: dict[str, Any]) -> list[str]:
    """A table of the fields, then each nested record (a dict, or a JSON string) as a code block."""
    plain = {k: v for k, v in rows.items() if not isinstance(v, dict) and as_record(v) is None}
    lines = [f"## {title}", "", "| field | value |", "|---|---|"]
    lines += [f"| {key} | {escape_pipes(value)} |" for key, value in plain.items()]
    for key, value in rows.items():
        record = value if isinstance(value, dict) else as_record(value)
        if record is not None:
            lines += ["", f"`{key}`:", "", "```json", json.dumps(record, indent=1), "```"]
    return [*lines, ""]


def removed_keys(recorded: dict[str, Any], model: type[Any], prefix: str = "") -> list[str]:
    """Dotted keys of `recorded` that `model` (a pydantic model class) no longer has."""
    missing = []
    for key, value in recorded.items():
        field = model.model_fields.get(key)
        if field is None:
            missing.append(prefix + key)
        elif isinstance(value, dict) and isinstance(field.annotation, type):
            missing += removed_keys(value, field.annotation, f"{prefix}{key}.")
    return missing


def render(card: dict[str, Any]) -> str:
    nested = {k: v for k, v in card.items() if isinstance(v, dict) and k != "config"}
    scalars = {k: v for k, v in card.items() if k not in nested and k != "config"}
    lines = [HEADER, *section("The checkpoint", scalars)]
    for key, value in nested.items():
        lines += section(key.replace("_", " ").capitalize(), value)
    if "config" in card:
        lines += [
            "## Training config of its last leg",
            "",
            "```json",
            json.dumps(card["config"], indent=1),
            "```",
        ]
        gone = removed_keys(card["config"], TrainingConfig)
        if gone:
            names = ", ".join(f"`{key}`" for key in gone)
            lines += ["", f"Since removed from the trainer (measured and rejected, EXPERIMENTS.md): {names}."]
    return "\n".join(lines) + "\n"


def main() -> int:
    sys.stdout.write(render(json.loads(PRETRAINED_CARD.read_text())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
