#!/usr/bin/env bash
# One loan of a GPU, in one command: two `gpu`-preset training runs side by side on one card for a
# fixed wall-clock budget (the card is latency-bound at these sizes, so two processes share it well),
# each stopped with SIGINT (which saves a whole-update checkpoint), then packed into $OUT.
#
#   bash bench/gpu_train.sh SECONDS OUT_DIR [WHEEL_DIR]
#
# WHEEL_DIR holds wheels of packages the machine lacks (pydantic on the lent H200 image); the runs use the
# machine's own torch. Each run's log, checkpoints, league and TensorBoard scalars come back as a tarball.
set -u
python=${PYTHON:-python3}
device=${DEVICE:-cuda}
seconds=${1:?seconds}
out=${2:?out dir}
wheels=${3:-}
source "$(dirname "$0")/gpu_setup.sh"

common=(--preset gpu --device "$device" --set curriculum.solo_exit_mean_turns=230)
# A: many short rollouts (8192 races x 32 turns), more updates per env-step; B: the plan's shape, halved.
timeout -s INT "$seconds" "$python" -m sebulba.training "${common[@]}" --seed 21 --total-steps 120000000 \
    --data-dir /tmp/runA --set ppo.num_envs=8192 --set ppo.num_steps=32 --set ppo.num_minibatches=8 \
    --set ppo.learning_rate=0.0005 >"$out/runA.log" 2>&1 &
timeout -s INT "$seconds" "$python" -m sebulba.training "${common[@]}" --seed 22 --total-steps 100000000 \
    --data-dir /tmp/runB --set ppo.num_envs=4096 --set ppo.num_steps=64 --set ppo.num_minibatches=8 \
    >"$out/runB.log" 2>&1 &
wait
for run in runA runB; do
    tail -n 4 "$out/$run.log"
    tar -czf "$out/$run.tar.gz" -C /tmp "$run"
done
ls -la "$out"
