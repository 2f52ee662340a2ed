# Sourced by the lent-GPU scripts (gpu_train.sh, gpu_finetune.sh) once $python, $wheels and $out are set:
# installs the wheels of packages the machine lacks (pydantic on the lent H200 image; the runs use the
# machine's own torch) into /tmp/site, puts them and the repo on PYTHONPATH, and records the device.
if [ -n "$wheels" ]; then
    "$python" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site "$wheels"/*.whl || exit 1
    export PYTHONPATH=/tmp/site:$PWD
else
    export PYTHONPATH=$PWD
fi
export PYTHONUNBUFFERED=1
"$python" -c "import torch; print(torch.__version__, torch.cuda.get_device_name() if torch.cuda.is_available() else 'cpu')" | tee "$out/device.txt"
