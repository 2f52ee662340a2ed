"""`sebulba export`: a trained actor as one pure `sys`+`math` CodinGame bot under 100,000 characters.

Weights are quantised to int8, symmetric, one scale per output row (per-row keeps every neuron's
precision whatever its range; `--per-tensor` is the smaller-but-coarser alternative, both measured in
`quantisation_error`), packed with the stdlib's Base85 into one string. Scales and biases are written as
float literals (a few hundred numbers). The bot carries `features.py` verbatim, so its observation, roles,
decoding and hidden-state tracking are the very code the environment is tested against.
"""

from __future__ import annotations

import base64
import copy
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import Tensor, nn

from sebulba.bots import search_core
from sebulba.bots.bundle import MAX_BOT_CHARS as MAX_BOT_CHARS
from sebulba.bots.bundle import bundle
from sebulba.models.deepsets import DeepSetsPolicy, int8_grid, role_networks
from sebulba.simulation import features, flat_physics

ACTOR_LAYERS = ("encoder.0", "encoder.2", "trunk.0", "trunk.2", "head")
"""A set network's linear layers in forward order (SetNetwork's module names); a role-split actor's are
the runner's five then the blocker's five (`role_networks`), and the bot picks its pod's role's five."""


@dataclass(frozen=True)
class QuantisedLayer:
    name: str
    weights: Tensor  # int8 [out, in]
    scales: Tensor  # float32 [out] (per-row) or [1] (per-tensor)
    bias: Tensor  # float32 [out]

    def dequantised(self) -> Tensor:
        scales = self.scales if self.scales.numel() > 1 else self.scales.expand(self.weights.shape[0])
        return self.weights.float() * scales[:, None]


def quantise_layer(name: str, layer: nn.Linear, per_row: bool = True) -> QuantisedLayer:
    """Symmetric int8: w ~ q * scale with q in -127..127 and scale = max|w| / 127 (per row or tensor)."""
    weights, scales = int8_grid(layer.weight, per_row)
    return QuantisedLayer(name, weights, scales.float(), layer.bias.detach().float())


def actor_layers(model: DeepSetsPolicy) -> list[tuple[str, nn.Linear]]:
    layers = []
    for prefix, network in role_networks(model.actor):
        modules = dict(network.named_modules())
        layers += [(prefix + name, modules[name]) for name in ACTOR_LAYERS]
    return layers  # type: ignore[return-value]


def quantise(model: DeepSetsPolicy, per_row: bool = True) -> list[QuantisedLayer]:
    return [quantise_layer(name, layer, per_row) for name, layer in actor_layers(model)]


def quantisation_error(model: DeepSetsPolicy, per_row: bool = True) -> dict[str, float]:
    """Largest and mean absolute weight error of int8 over the actor, relative to the largest weight."""
    worst, total, count, peak = 0.0, 0.0, 0, 0.0
    for (_, layer), q in zip(actor_layers(model), quantise(model, per_row), strict=True):
        error = (layer.weight.detach() - q.dequantised()).abs()
        worst = max(worst, float(error.max()))
        total += float(error.sum())
        count += error.numel()
        peak = max(peak, float(layer.weight.detach().abs().max()))
    return {"max_abs_error": worst, "mean_abs_error": total / count, "max_abs_weight": peak}


def on_grid(model: DeepSetsPolicy, per_row: bool = True) -> DeepSetsPolicy:
    """A copy whose actor weights are their int8 values times the scales: the network the bot runs.

    Shipping this model (`sebulba.export.ship`) makes the torch policy and the exported file the same
    function up to float32-vs-float64 arithmetic; the int8 rounding itself is then a property of the model,
    measured once against the trained float weights (`quantisation_error`, arena games), not a gap between
    the bot and its model. Snapping twice changes nothing: q * scale quantises back to q.
    """
    snapped = copy.deepcopy(model)
    snapped.set_actor_on_grid(False)  # its float weights are now the grid itself
    for (_, layer), q in zip(actor_layers(snapped), quantise(snapped, per_row), strict=True):
        with torch.no_grad():
            layer.weight.copy_(q.dequantised())
    return snapped


def _floats(values: Tensor) -> str:
    """Nine significant digits: every float32 scale and bias comes back exactly."""
    return "[" + ",".join(f"{v:.9g}" for v in values.tolist()) + "]"


NETWORK_RUNTIME = '''
def b85decode(text):
    """The stdlib's Base85 alphabet and layout, decoded by hand (the bot may import only sys and math)."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
    values = {c: i for i, c in enumerate(alphabet)}
    padding = -len(text) % 5
    text += "~" * padding
    out = bytearray()
    for i in range(0, len(text), 5):
        acc = 0
        for c in text[i:i + 5]:
            acc = acc * 85 + values[c]
        out += acc.to_bytes(4, "big")
    return bytes(out[:len(out) - padding])


def load_layers():
    raw = b85decode(WEIGHTS)
    layers = []
    offset = 0
    for (rows, cols), scales, bias in zip(SHAPES, SCALES, BIASES):
        matrix = []
        for r in range(rows):
            scale = scales[r] if len(scales) > 1 else scales[0]
            chunk = raw[offset:offset + cols]
            offset += cols
            matrix.append([(b - 256 if b > 127 else b) * scale for b in chunk])
        layers.append((matrix, bias))
    return layers


def dense(layer, x):
    matrix, bias = layer
    return [sum(map(float.__mul__, row, x)) + b for row, b in zip(matrix, bias)]


def softplus(x):
    """log(1 + e^x) without overflow."""
    return max(x, 0.0) + math.log1p(math.exp(-abs(x)))


def actor(layers, self_features, entities, checkpoint):
    """The DeepSets actor, deterministic: thrust and angle at `beta_point` (the runner's means, the
    blocker's modes), logit > 0 for SHIELD, and the BOOST probability (the tracker accumulates its hazard:
    see BOOST_HAZARD). A role-split actor's ten layers are the runner's five, then the blocker's."""
    leader = self_features[LEADER_FEATURE] > 0.5
    if len(layers) > 5:
        layers = layers[:5] if leader else layers[5:]
    context = None
    for entity in entities:
        hidden = [v if v > 0.0 else 0.0 for v in dense(layers[0], entity)]
        encoded = dense(layers[1], hidden)
        context = encoded if context is None else [max(a, b) for a, b in zip(context, encoded)]
    if context is None:
        context = [0.0] * len(layers[1][1])
    x = [math.tanh(v) for v in dense(layers[2], self_features + context + checkpoint)]
    x = [math.tanh(v) for v in dense(layers[3], x)]
    out = dense(layers[4], x)
    concentration = [1.0 + softplus(v) for v in out[:4]]
    thrust = beta_point(concentration[0], concentration[1], leader)
    angle = 2.0 * beta_point(concentration[2], concentration[3], leader) - 1.0
    boost = 1.0 / (1.0 + math.exp(-out[5])) if out[5] >= 0 else math.exp(out[5]) / (1.0 + math.exp(out[5]))
    return [thrust, angle, 1.0 if out[4] > 0 else 0.0, boost]


'''

NETWORK_AGENT = '''
class Agent:
    """Reads the protocol, tracks the hidden state, answers two commands; never raises."""

    def __init__(self, laps, checkpoints):
        self.tracker = Tracker(laps, checkpoints)
        self.layers = load_layers()

    def turn(self, pods):
        try:
            views = self.tracker.observe(pods)
            lines = []
            for index in (0, 1):
                self_features, entities, checkpoint = self.tracker.features(index)
                action = actor(self.layers, self_features, entities, checkpoint)
                x, y, power = decode_action(views[index], action, self.tracker.checkpoints)
                self.tracker.commit(index, power, action[3])
                lines.append(f"{x} {y} {power}")
            return lines
        except Exception:
            return [fallback(pod, self.tracker.checkpoints) for pod in pods[:2]]


def fallback(pod, checkpoints):
    """A valid command whatever happened: full thrust toward the next checkpoint."""
    x, y, _, _, _, next_cp = pod
    cx, cy = checkpoints[next_cp % len(checkpoints)] if checkpoints else (x + 1, y)
    return f"{cx} {cy} 100"


def main():
    """The protocol loop; the game closing stdin ends it quietly (exit 0, no traceback)."""
    try:
        laps = int(input())
        count = int(input())
        checkpoints = [tuple((([int(v) for v in input().split()[:2]]) + [0, 0])[:2]) for _ in range(count)]
        agent = Agent(laps, checkpoints)
        while True:
            pods = []
            for _ in range(4):
                values = [int(v) for v in input().split()[:6]]
                pods.append(tuple(values + [0] * (6 - len(values))))
            for line in agent.turn(pods):
                print(line)
            sys.stdout.flush()
    except EOFError:
        return


if __name__ == "__main__":
    main()
'''

HYBRID_AGENT = '''
HYBRID_ROLLOUTS = 220
"""Search candidates a turn beside the network's own plan (its forward passes take the rest of the time)."""


def gene_toward(pod, tx, ty, power):
    """A command line's parts as a search gene: the turn the referee will make toward (tx, ty)."""
    turn = clip_turn(turn_toward(pod, tx, ty))
    if power == "SHIELD":
        return (turn, 0, True, False)
    if power == "BOOST":
        return (turn, 0, False, True)
    return (turn, int(power), False, False)


class HybridPilot(SearchPilot):
    """The network proposes, the search refines: the network's deterministic plan for both pods, rolled
    out PLAN_TURNS turns on the embedded physics (the opponents steering), seeds the search."""

    rollouts = HYBRID_ROLLOUTS

    def init(self, laps, checkpoints):
        SearchPilot.init(self, laps, checkpoints)
        self.laps = laps
        self.layers = load_layers()
        self.boost_hazard = [0.0, 0.0]
        self.boost_outputs = [0.0, 0.0]

    def views(self, pods, roles):
        """The network's view of flat pods: what `Tracker.observe` would give for them."""
        views = []
        for index, pod in enumerate(pods):
            own = index < 2
            views.append(
                {
                    "x": pod[0], "y": pod[1], "vx": pod[2], "vy": pod[3],
                    "angle": pod[4] % 360.0, "next": pod[5], "passed": pod[6], "team": index // 2,
                    "shield": pod[7] if own else 0, "boost_available": not pod[8],
                    "boost_hazard": self.boost_hazard[index] if own else 0.0,
                    "leader": index % 2 == roles[index // 2],
                }
            )
        return views

    def network_genes(self, pods, roles, turn, timeouts):
        """The network's commands for our two pods in this state, as genes, and its BOOST outputs."""
        views = self.views(pods, roles)
        genes, boosts = [], []
        for index in (0, 1):
            others = [v for k, v in enumerate(views) if k != index and in_play(v["x"], v["y"])]
            features = pod_features(
                views[index], others, self.checkpoints, self.laps, turn, timeouts[index // 2]
            )
            action = actor(self.layers, *features)
            tx, ty, power = decode_action(views[index], action, self.checkpoints)
            genes.append(gene_toward(pods[index], tx, ty, power))
            boosts.append(action[3])
        return genes, boosts

    def seeds(self, base, roles):
        """The network's plan for our pods, the opponents steering: PLAN_TURNS turns on the embedded
        physics. (The network as the opponents' model too lost to `search`: docs/EXPERIMENTS.md.)"""
        pods = [p[:] for p in base]
        steering = steering_plan(base, self.checkpoints, 1, roles, unopposed(base, 1))
        plan = [[], []]
        left = list(self.timeouts)
        for k in range(PLAN_TURNS):
            genes, boosts = self.network_genes(pods, roles, self.turn_number + k, left)
            if k == 0:
                self.boost_outputs = boosts
            plan[0].append(genes[0])
            plan[1].append(genes[1])
            passes = advance(pods, [genes[0], genes[1], steering[0][k], steering[1][k]], self.checkpoints)
            left = [left[0] - 1, left[1] - 1]
            for index in passes:
                left[index // 2] = TIMEOUT_TURNS
        return [plan], []

    def command(self, index, gene):
        """As the search pilot, and the network's BOOST hazard accumulates while its BOOST is unused."""
        line = SearchPilot.command(self, index, gene)
        if not self.pods[index][8]:
            self.boost_hazard[index] += boost_hazard(self.boost_outputs[index])
        return line


Bot = HybridPilot
"""The name the arena's in-process loaders look for (`init`, `turn`)."""


def main():
    play(HybridPilot())


if __name__ == "__main__":
    main()
'''


def render_bot(
    model: DeepSetsPolicy, per_row: bool = True, name: str = "sebulba", search: bool = True
) -> str:
    """The bot file: the network alone (`search=False`), or the hybrid: the network proposes, the search
    pilot refines, on the embedded physics (`flat_physics`, `search_core`, carried verbatim)."""
    layers = quantise(model, per_row)
    packed = b"".join(q.weights.numpy().tobytes() for q in layers)
    kind = (
        "the network proposes, a trajectory search on the exact physics refines"
        if search
        else ("a DeepSets policy trained with PPO")
    )
    docstring = (
        f'Mad Pod Racing bot "{name}" by Sebulba\'s Legacy: {kind}.\n\n'
        "Weights: int8 in Base85. Features, roles, decoding and physics: the training project's own code.\n"
    )
    constants = (
        f"WEIGHTS = {base64.b85encode(packed).decode()!r}\n"
        f"SHAPES = {[tuple(q.weights.shape) for q in layers]!r}\n"
        f"SCALES = [{','.join(_floats(q.scales) for q in layers)}]\n"
        f"BIASES = [{','.join(_floats(q.bias) for q in layers)}]\n"
    )
    if search:
        parts = [flat_physics, features, search_core, constants + NETWORK_RUNTIME + HYBRID_AGENT]
    else:
        parts = [features, constants + NETWORK_RUNTIME + NETWORK_AGENT]
    return bundle(parts, docstring=docstring)


def actor_from_payload(payload: object) -> DeepSetsPolicy:
    """The policy in a training checkpoint (`model`), a league member or a shipped model (`actor`, and the
    critic trained beside it when shipped with it: `critic`)."""
    if not isinstance(payload, dict):
        raise ValueError("not a checkpoint dictionary")
    if "model" in payload:
        model = DeepSetsPolicy.from_state_dict(payload["model"])
    elif "actor" in payload:
        model = DeepSetsPolicy.for_actor(payload["actor"], payload.get("critic"))
    else:
        raise ValueError("holds neither a model nor an actor")
    return model.eval()


def load_policy(path: Path) -> tuple[DeepSetsPolicy, bool]:
    """The policy in a checkpoint file, and whether its critic is a trained one (a training checkpoint's,
    or one shipped beside the actor) rather than a fresh one."""
    try:
        payload = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as error:
        raise ValueError(f"not a readable checkpoint ({error.__class__.__name__})") from None
    model = actor_from_payload(payload)  # a dictionary from here on
    return model, "model" in payload or "critic" in payload


def load_actor(path: Path) -> DeepSetsPolicy:
    return load_policy(path)[0]
