// The control room's cost, measured (prints `name: value` lines like bench/*.py): the page's frame rate
// (requestAnimationFrame callbacks) and JS heap growth while telemetry streams, and the trainer's
// steps/s with no client, 3 bare WebSockets (the server's share), 3 browsers (plus their rendering), and
// no client again (drift on a shared machine). BENCH_SECONDS sets each measuring window (default 20),
// BENCH_BROWSERS the number of pages (default 3), BENCH_STAGE the curriculum stage trained (default 2v2).
// SOAK_SECONDS (default 0) then keeps one page open that long, printing its frame rate and JS heap each
// minute (the 10-minute run: SOAK_SECONDS=600). SERVER_CPUS / BROWSER_CPUS pin the server and the
// browsers to given cores (see harness.mjs), to tell the server's cost from the browsers' rendering.
// BENCH_REPEATS (default 0) then measures that many rounds of windows with no client, the 3 pages shown
// and 3 bare WebSockets (ABC, then CBA: a steady drift cancels), and reports the trainer's loss under each
// against the round's no-client window, with a 95% interval over the rounds: on a shared machine single
// windows drift by more than the effect. The trainer's rate in a window is its median iteration's, with no
// evaluation or league snapshot running. Each window also reports the CPU the training process and the
// server's event loop spent, the time the hypervisor stole from SERVER_CPUS, and the CPU other tasks took
// there (the trainer's core is not its own when they land on it).
// BENCH_BURN=1 adds a control to each round: one busy loop (no browser) pinned to BROWSER_CPUS, what any
// full load on those cores costs the trainer (shared caches, memory bandwidth, a VM's vCPUs on one host core).
// With BROWSER_CPUS set, this script pins itself there too. LOOP_CPUS moves the server process (its event
// loop and the threads that mirror the trainer's telemetry) to those cores once training runs, leaving the
// training process, its child, alone on SERVER_CPUS. ISOLATE_CORES=1 (root) moves every other movable task
// off SERVER_CPUS for the run (see isolateCores).
// The browsers' own CPU use is read from /proc (all `chromium` processes) and the watched page's main thread
// from the DevTools protocol.
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import {
  api,
  chromiumPids,
  cpuSeconds,
  launchBrowser,
  openControlRoom,
  pinned,
  skipWithoutChromium,
  startServer,
  waitFor,
} from "./harness.mjs";

skipWithoutChromium("control room benchmark");
// This script's own work (playwright, the bare WebSockets) goes on the browsers' cores, not the trainer's.
if (process.env.BROWSER_CPUS) spawnSync("taskset", ["-a", "-p", "-c", process.env.BROWSER_CPUS, String(process.pid)]);
const WINDOW_S = Number(process.env.BENCH_SECONDS ?? 20);
const BROWSERS = Number(process.env.BENCH_BROWSERS ?? 3);

/** The median of the trainer's per-iteration steps/s over the iterations that finish inside the window
 * (the median ignores the odd iteration that also saves a checkpoint). */
async function trainerStepsPerSecond(base, seconds) {
  const rates = new Map();
  const deadline = Date.now() + seconds * 1000;
  const start = (await api(base, "/api/telemetry")).stats.iteration;
  while (Date.now() < deadline) {
    const { stats } = await api(base, "/api/telemetry");
    if (stats.iteration > start) rates.set(stats.iteration, stats.fps_training);
    await new Promise((r) => setTimeout(r, 250));
  }
  const values = [...rates.values()].sort((a, b) => a - b);
  const middle = values.length >> 1;
  return {
    median: values.length % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2,
    iterations: values.length,
  };
}

async function heapMb(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "JSHeapUsedSize").value / 2 ** 20;
}

/** Clients that read every frame without drawing anything: what serving telemetry costs the trainer. */
async function openSockets(base, count) {
  const sockets = [];
  for (let i = 0; i < count; i++) {
    const socket = new WebSocket(`${base.replace("http", "ws")}/ws/telemetry`);
    socket.frames = 0;
    socket.onmessage = () => socket.frames++;
    await new Promise((done, fail) => {
      socket.onopen = done;
      socket.onerror = fail;
    });
    sockets.push(socket);
  }
  return sockets;
}

/** Counts the page's requestAnimationFrame callbacks in window.benchFrames (again after a navigation). */
async function countFrames(page) {
  await page.evaluate(() => {
    if (window.benchFrames !== undefined) return;
    window.benchFrames = 0;
    const count = () => {
      window.benchFrames++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
}

/** CPU seconds used so far by every `chromium` process on the machine (user + system, from /proc). */
function chromiumCpuSeconds() {
  return chromiumPids().reduce((total, pid) => total + cpuSeconds(`/proc/${pid}/stat`), 0);
}

/** Seconds the watched page's main thread has spent in tasks (script, style, layout, paint). */
async function mainThreadSeconds(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration").value;
}

/** A busy loop pinned to BROWSER_CPUS: the control for "any load on the browsers' cores". */
function startBusyLoop() {
  const [command, args] = pinned(process.env.BROWSER_CPUS, process.execPath, ["-e", "for (;;) {}"]);
  return spawn(command, args, { stdio: "ignore" });
}

const T_95 = [12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23, 2.2, 2.18, 2.16, 2.14, 2.13, 2.12, 2.11,
  2.1, 2.09, 2.09, 2.08, 2.07, 2.07, 2.06, 2.06, 2.06, 2.05, 2.05, 2.05, 2.04];

function mean(values) {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Percent lost, from ratios (with / without), and its 95% interval (Student's t over the rounds). */
function lossWithInterval(ratios) {
  const m = mean(ratios);
  const n = ratios.length;
  const sd = n > 1 ? Math.sqrt(ratios.reduce((a, r) => a + (r - m) ** 2, 0) / (n - 1)) : NaN;
  const half = (T_95[n - 2] ?? 1.96) * (sd / Math.sqrt(n));
  const pct = (ratio) => ((1 - ratio) * 100).toFixed(1);
  return [pct(m), pct(m + half), pct(m - half)];
}

/** Core numbers of a list such as "0-2,5" (taskset's and /proc's format). */
function cpuList(text) {
  return text.split(",").flatMap((part) => {
    const [low, high = low] = part.split("-").map(Number);
    return Array.from({ length: high - low + 1 }, (_, i) => low + i);
  });
}

/** Total, busy (user, nice, system, irq, softirq) and steal jiffies of the cores in SERVER_CPUS (all cores
 * when unset) and how many cores that is, from /proc/stat. */
function coreJiffies() {
  const all = !process.env.SERVER_CPUS;
  const cpus = all ? [] : cpuList(process.env.SERVER_CPUS).map((c) => `cpu${c}`);
  let total = 0;
  let busy = 0;
  let steal = 0;
  let cores = 0;
  for (const line of readFileSync("/proc/stat", "utf8").split("\n")) {
    const [name, ...fields] = line.split(/\s+/);
    if (all ? !/^cpu\d+$/.test(name) : !cpus.includes(name)) continue;
    const values = fields.slice(0, 8).map(Number);
    const [user, nice, system, , , irq, softirq, stolen] = values;
    total += values.reduce((a, b) => a + b, 0);
    busy += user + nice + system + irq + softirq;
    steal += stolen;
    cores += 1;
  }
  return { total, busy, steal, cores };
}

/** ISOLATE_CORES=1: every task outside the server's process tree that may run on SERVER_CPUS is moved to
 * BROWSER_CPUS for the run, as `cset shield` or pyperf's isolated cores would do, so that only the trainer
 * runs on its core. On the 2-vCPU VM this was written on, a kernel memory monitor (`kdamond`) woken by the
 * browsers' memory traffic otherwise lands on the trainer's core once the browsers fill theirs (3% of it).
 * Moving other users' tasks needs root; per-CPU kernel threads cannot move. Returns what `restoreCores`
 * puts back. */
function isolateCores(server) {
  const serverCores = cpuList(process.env.SERVER_CPUS);
  const parents = new Map();
  const pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  for (const pid of pids) {
    try {
      parents.set(pid, readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1]);
    } catch {
      // ended meanwhile
    }
  }
  const inServerTree = (pid) => {
    for (let p = pid; p && p !== "0"; p = parents.get(p)) if (p === String(server.pid)) return true;
    return false;
  };
  const moved = [];
  for (const pid of pids.filter((pid) => !inServerTree(pid))) {
    let tids = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      let allowed;
      try {
        allowed = readFileSync(`/proc/${pid}/task/${tid}/status`, "utf8").match(/^Cpus_allowed_list:\s*(\S+)/m)[1];
      } catch {
        continue;
      }
      if (!cpuList(allowed).some((core) => serverCores.includes(core))) continue;
      const result = spawnSync("taskset", ["-p", "-c", process.env.BROWSER_CPUS, tid], { stdio: "ignore" });
      if (result.status === 0) moved.push([tid, allowed]);
    }
  }
  return moved;
}

function restoreCores(moved) {
  for (const [tid, allowed] of moved) spawnSync("taskset", ["-p", "-c", allowed, tid], { stdio: "ignore" });
}

/** One window under `name`: the trainer's median iteration rate; the CPU, in percent of a core, of the
 * server's event loop (its main thread) and of the training process; and the share of the
 * server's cores the hypervisor stole. */
async function underCondition(name, server, pages) {
  let sockets = [];
  let loop = null;
  if (name === "pages") await showPages(pages, server.base);
  else await hidePages(pages);
  if (name === "websockets") sockets = await openSockets(server.base, BROWSERS);
  if (name === "busy_loop") loop = startBusyLoop();
  await new Promise((r) => setTimeout(r, 1000)); // let the connections settle before measuring
  const mainThread = `/proc/${server.pid}/task/${server.pid}/stat`;
  const trainerStat = `/proc/${trainerPid(server)}/stat`;
  const loopStart = cpuSeconds(mainThread);
  const trainerStart = cpuSeconds(trainerStat);
  const coresStart = coreJiffies();
  const started = Date.now();
  const { median } = await trainerStepsPerSecond(server.base, WINDOW_S);
  const elapsedS = (Date.now() - started) / 1000;
  const cores = coreJiffies();
  const loopS = cpuSeconds(mainThread) - loopStart;
  const trainerS = cpuSeconds(trainerStat) - trainerStart;
  for (const socket of sockets) socket.close();
  loop?.kill("SIGKILL");
  return {
    rate: median,
    eventLoopPct: (loopS / elapsedS) * 100,
    trainerPct: (trainerS / elapsedS) * 100,
    stealPct: ((cores.steal - coresStart.steal) / Math.max(1, cores.total - coresStart.total)) * 100,
    // What else ran on the trainer's cores: their busy time (in cores) less the trainer's own.
    othersPct:
      ((cores.busy - coresStart.busy) / Math.max(1, cores.total - coresStart.total)) * cores.cores * 100 -
      (trainerS / elapsedS) * 100,
  };
}

/** The training process: the server's child (`sebulba serve` trains in a process of its own). */
function trainerPid(server) {
  const children = readdirSync(`/proc/${server.pid}/task`)
    .flatMap((tid) => readFileSync(`/proc/${server.pid}/task/${tid}/children`, "utf8").split(" "))
    .filter((pid) => pid && !readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("resource_tracker"));
  if (children.length !== 1) throw new Error(`expected one training process, found ${children.length}`);
  return children[0];
}

async function hidePages(pages) {
  for (const page of pages) if (page.url() !== "about:blank") await page.goto("about:blank");
}

async function showPages(pages, base) {
  for (const page of pages) {
    if (page.url().startsWith(base)) continue;
    await page.goto(base);
    await waitFor(async () => (await page.textContent("[data-testid=connection]")) === "connected", "a page");
  }
}

function report(name, measured) {
  const { median, iterations } = measured;
  console.log(`trainer_steps_per_s_${name}: ${median.toFixed(0)}  (median of ${iterations} iterations)`);
}

const server = await startServer();
const browsers = [];
let isolated = [];
process.once("SIGINT", () => {
  // Ctrl-C skips the `finally` below: put the other tasks back and end the server (the browsers end with
  // this process's pipes to them).
  restoreCores(isolated);
  process.kill(server.pid, "SIGTERM");
  process.exit(130);
});
try {
  // One fixed stage: the curriculum advancing mid-benchmark would change the trainer's pace by itself.
  await api(server.base, "/api/config", "PUT", {
    ppo: { num_envs: 64, num_steps: 16, num_minibatches: 2 },
    // One kind of iteration: solo practice rounds run at twice the pace of 2v2 ones.
    curriculum: { stage_override: process.env.BENCH_STAGE ?? "2v2", solo_practice_share: 0 },
    // No evaluation or league snapshot inside a window: each takes seconds and would swamp the effect.
    eval: { every: 0 },
    league: { snapshot_every: 1_000_000 },
  });
  await api(server.base, "/api/control/start", "POST");
  if (process.env.LOOP_CPUS) {
    // Every thread of the server (its event loop, the threads mirroring the trainer's telemetry) moves;
    // the training process, started above, stays on SERVER_CPUS: a machine with a core for the web work.
    spawnSync("taskset", ["-a", "-p", "-c", process.env.LOOP_CPUS, String(server.pid)], { stdio: "ignore" });
  }
  if (process.env.ISOLATE_CORES === "1") {
    if (!process.env.SERVER_CPUS || !process.env.BROWSER_CPUS) throw new Error("ISOLATE_CORES needs SERVER_CPUS and BROWSER_CPUS");
    isolated = isolateCores(server);
    console.log(`isolated: ${isolated.length} other tasks moved from cores ${process.env.SERVER_CPUS} to ${process.env.BROWSER_CPUS}`);
  }
  await trainerStepsPerSecond(server.base, 5);
  console.log(`window_s: ${WINDOW_S}`);
  const alone = await trainerStepsPerSecond(server.base, WINDOW_S);
  report("0_clients", alone);

  const sockets = await openSockets(server.base, BROWSERS);
  report(`${BROWSERS}_websockets`, await trainerStepsPerSecond(server.base, WINDOW_S));
  const socketFrames = sockets.reduce((total, socket) => total + socket.frames, 0);
  for (const socket of sockets) socket.close();
  console.log(`websocket_frames_per_s_per_client: ${(socketFrames / BROWSERS / WINDOW_S).toFixed(1)}`);

  const pages = [];
  for (let i = 0; i < BROWSERS; i++) {
    browsers.push(await launchBrowser());
    pages.push(await openControlRoom(browsers[i].context, server.base));
  }
  const watched = pages[0];
  const cdp = await watched.context().newCDPSession(watched);
  await cdp.send("Performance.enable");
  const heapStart = await heapMb(cdp);
  await countFrames(watched);
  const started = Date.now();
  const cpuStart = chromiumCpuSeconds();
  const mainStart = await mainThreadSeconds(cdp);
  const withBrowsers = await trainerStepsPerSecond(server.base, WINDOW_S);
  const frames = await watched.evaluate(() => window.benchFrames);
  const elapsedS = (Date.now() - started) / 1000;
  const browsersCpu = (chromiumCpuSeconds() - cpuStart) / elapsedS;
  const mainThread = ((await mainThreadSeconds(cdp)) - mainStart) / elapsedS;
  const heapEnd = await heapMb(cdp);
  report(`${BROWSERS}_browsers`, withBrowsers);
  console.log(`page_fps: ${(frames / elapsedS).toFixed(1)}`);
  console.log(`browsers_cpu_pct_of_one_core: ${(browsersCpu * 100).toFixed(1)}  (all ${BROWSERS} Chromiums)`);
  console.log(`page_main_thread_busy_pct: ${(mainThread * 100).toFixed(1)}  (the watched page)`);
  console.log(`page_js_heap_start_mb: ${heapStart.toFixed(2)}`);
  console.log(`page_js_heap_end_mb: ${heapEnd.toFixed(2)}`);
  console.log(`page_js_heap_growth_mb: ${(heapEnd - heapStart).toFixed(2)}`);
  const rounds = Number(process.env.BENCH_REPEATS ?? 0);
  if (rounds > 0) {
    const conditions = ["none", "pages", "websockets", ...(process.env.BENCH_BURN === "1" ? ["busy_loop"] : [])];
    const results = new Map(conditions.map((name) => [name, []]));
    for (let r = 1; r <= rounds; r++) {
      const order = r % 2 ? conditions : [...conditions].reverse(); // ABC CBA: a steady drift cancels out
      const measured = {};
      for (const name of order) measured[name] = await underCondition(name, server, pages);
      for (const name of conditions) results.get(name).push(measured[name]);
      const line = conditions.map((name) => `${name} ${measured[name].rate.toFixed(0)}`).join(", ");
      console.log(`round_${r}: ${line} steps/s (median iteration)`);
    }
    await showPages(pages, server.base);
    const none = results.get("none");
    for (const name of conditions) {
      const windows = results.get(name);
      const cpu = (key) => mean(windows.map((w) => w[key])).toFixed(1);
      console.log(`trainer_cpu_pct_of_one_core_${name}: ${cpu("trainerPct")}`);
      console.log(`server_event_loop_pct_of_one_core_${name}: ${cpu("eventLoopPct")}`);
      console.log(`steal_pct_of_server_cores_${name}: ${cpu("stealPct")}`);
      console.log(`others_on_server_cores_pct_of_one_core_${name}: ${cpu("othersPct")}`);
      if (name === "none") continue;
      const [loss, low, high] = lossWithInterval(windows.map((w, i) => w.rate / none[i].rate));
      const what = name === "pages" ? `${BROWSERS}_browsers` : name === "websockets" ? `${BROWSERS}_websockets` : name;
      const interval = rounds > 1 ? `95% CI ${low} to ${high}` : "no interval from one round";
      console.log(`trainer_loss_with_${what}_pct: ${loss}  (${interval}, ${rounds} rounds)`);
    }
  }
  for (const browser of browsers.splice(1)) await browser.close();
  const soakS = Number(process.env.SOAK_SECONDS ?? 0);
  if (soakS > 0) {
    await countFrames(watched);
    const fpsPerMinute = [];
    const heapPerMinute = [];
    const soakFrames = await watched.evaluate(() => window.benchFrames);
    const soakStarted = Date.now();
    const soakHeapStart = await heapMb(cdp);
    for (let minute = 1; minute * 60 <= soakS; minute++) {
      const framesBefore = await watched.evaluate(() => window.benchFrames);
      const before = Date.now();
      await new Promise((r) => setTimeout(r, 60_000));
      const fps = ((await watched.evaluate(() => window.benchFrames)) - framesBefore) / ((Date.now() - before) / 1000);
      const heap = await heapMb(cdp);
      fpsPerMinute.push(fps);
      heapPerMinute.push(heap);
      const frame = await api(server.base, "/api/telemetry");
      console.log(`soak_minute_${minute}: fps ${fps.toFixed(1)}, js heap ${heap.toFixed(2)} MB, step ${frame.step}`);
    }
    const totalFrames = (await watched.evaluate(() => window.benchFrames)) - soakFrames;
    console.log(`soak_s: ${((Date.now() - soakStarted) / 1000).toFixed(0)}`);
    console.log(`soak_page_fps: ${(totalFrames / ((Date.now() - soakStarted) / 1000)).toFixed(1)}`);
    console.log(`soak_page_fps_worst_minute: ${Math.min(...fpsPerMinute).toFixed(1)}`);
    console.log(`soak_js_heap_start_mb: ${soakHeapStart.toFixed(2)}`);
    console.log(`soak_js_heap_end_mb: ${heapPerMinute.at(-1).toFixed(2)}`);
    console.log(`soak_js_heap_max_mb: ${Math.max(...heapPerMinute).toFixed(2)}`);
  }
  for (const browser of browsers.splice(0)) await browser.close();
  report("0_clients_after", await trainerStepsPerSecond(server.base, WINDOW_S));
} finally {
  restoreCores(isolated);
  for (const browser of browsers) await browser.close();
  await server.stop();
}
