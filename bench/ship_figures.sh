#!/usr/bin/env bash
# The shipped model's figures, in the order the card lists them: its network alone (sebulba_nn.py, ~15
# minutes on 2 cores), then the shipped hybrid (about an hour more).
#   bash bench/ship_figures.sh CHECKPOINT [OUT_DIR]
# Ships CHECKPOINT into a scratch copy of the package's pretrained folder (never the real one), exports it,
# then measures the exported bot and the trained float weights through `sebulba arena`, the fixed-game
# evaluations and the roles. Logs go to OUT_DIR (default data/figures/NAME). Ship for real afterwards with
# `python -m sebulba.export.ship CHECKPOINT --figure ...` and `make bot`.
set -euo pipefail
CKPT=${1:?usage: bash bench/ship_figures.sh CHECKPOINT [OUT_DIR]}
NAME=$(basename "$CKPT" .pt)
OUT=${2:-data/figures/$NAME}
BIN=.venv/bin
mkdir -p "$OUT/pretrained"
# progress bars (tqdm's \r-separated updates) dropped, every result line kept
run() {
    echo "\$ $*" | tee -a "$OUT/figures.log"
    "$@" 2>&1 | tr '\r' '\n' | { grep -v '%|' || true; } | tee -a "$OUT/figures.log"
}
$BIN/python - "$CKPT" "$OUT/pretrained" <<'PY'
import sys
from pathlib import Path
from sebulba.export.ship import ship
ship(Path(sys.argv[1]), {}, directory=Path(sys.argv[2]))
PY
ACTOR=$OUT/pretrained/sebulba_actor.pt
BOT=$OUT/sebulba_nn.py
HYBRID=$OUT/sebulba_bot.py
run $BIN/sebulba export "$ACTOR" -o "$BOT" --no-search
run $BIN/sebulba export "$ACTOR" -o "$HYBRID"
run $BIN/sebulba arena --solo "$BOT"
run $BIN/sebulba arena --solo "checkpoint:$CKPT"
run $BIN/sebulba arena "$BOT" heuristic -n 200 --seed 1 --jobs 2
run $BIN/sebulba arena "checkpoint:$CKPT" heuristic -n 200 --seed 1 --jobs 2
run $BIN/sebulba arena "$BOT" "checkpoint:$CKPT" -n 100 --jobs 2
run $BIN/sebulba evaluate --games 1024 "$ACTOR"
run $BIN/sebulba evaluate --games 1024 --seed 7 "$ACTOR"
run $BIN/sebulba evaluate --solo --games 512 "$ACTOR"
run $BIN/python bench/roles.py "$ACTOR" --modes hrunner,hblocker
run $BIN/python bench/export_fidelity.py "$ACTOR" --turns 5000
run $BIN/python bench/bot_speed.py --model "$ACTOR" --games 10
run $BIN/sebulba arena "$BOT" heuristic -n 1000 --seed 3 --jobs 2
# The shipped form: the network-seeded search (about an hour more on 2 cores).
run $BIN/sebulba arena "$HYBRID" search -n 400 --seed 21 --jobs 2 --time-scale 3
run $BIN/sebulba arena "$HYBRID" heuristic -n 400 --seed 22 --jobs 2 --time-scale 3
run $BIN/sebulba arena --solo "$HYBRID" --jobs 2 --time-scale 3
run $BIN/python bench/bot_speed.py --bot "$HYBRID" --games 20
echo "figures of $CKPT in $OUT/figures.log"
