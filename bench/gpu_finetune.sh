#!/usr/bin/env bash
# One loan of a GPU, in one command: two `gpu`-preset fine-tuning legs side by side on one card, each
# resumed from the same seed folder (a checkpoint and its league, laid out like a data folder), for a fixed
# wall-clock budget; each is stopped with SIGINT (which saves a whole-update checkpoint), then packed into
# $OUT. Both keep the recipe of the shipped model's leg (entropy 0.003, tau 0.75, the heuristic team in half
# the league's iterations, solo practice in a quarter) at the gpu preset's batch (8,192 races x 32 turns)
# and anneal the learning rate to 0 at END_STEPS; they differ in the learning rate they start at:
# A ~3e-4, B ~1e-4 (ppo.learning_rate is the rate at step 0 of the linear schedule: lr0 = start / (1 -
# step / END_STEPS)).
#
#   bash bench/gpu_finetune.sh SECONDS OUT_DIR SEED_DIR [WHEEL_DIR]
set -u
python=${PYTHON:-python3}
device=${DEVICE:-cuda}
seconds=${1:?seconds}
out=${2:?out dir}
seed_dir=${3:?seed data folder}
wheels=${4:-}
end_steps=${END_STEPS:-217300000}
envs=${NUM_ENVS:-8192}
source "$(dirname "$0")/gpu_setup.sh"

recipe=(--preset gpu --device "$device" --resume --set ppo.total_steps="$end_steps"
    --set ppo.num_envs="$envs" --set ppo.num_steps=32 --set ppo.num_minibatches=8
    --set ppo.ent_coef=0.003 --set rewards.tau=0.75 --set league.heuristic_share=0.5
    --set curriculum.solo_practice_share=0.25)
leg() {  # name seed lr0
    rm -rf "/tmp/$1" && cp -r "$seed_dir" "/tmp/$1" || exit 1
    timeout -s INT "$seconds" "$python" -m sebulba.training "${recipe[@]}" --seed "$2" \
        --set ppo.learning_rate="$3" --data-dir "/tmp/$1" >"$out/$1.log" 2>&1
}
leg runA 81 1.3e-3 &
leg runB 82 4.35e-4 &
wait
for run in runA runB; do
    tail -c 600 "$out/$run.log" | tr '\r' '\n' | tail -n 4
    tar -czf "$out/$run.tar.gz" -C /tmp --exclude='league-*' "$run"
done
ls -la "$out"
