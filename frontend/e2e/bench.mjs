// The control room's cost, measured (prints `name: value` lines like bench/*.py): the page's frame rate
// (requestAnimationFrame callbacks) and JS heap growth while telemetry streams, and the trainer's
// steps/s with no client, 3 bare WebSockets (the server's share), 3 browsers (plus their rendering), and
// no client again (drift on a shared machine). BENCH_SECONDS sets each measuring window (default 20),
// BENCH_BROWSERS the number of pages (default 3), BENCH_STAGE the curriculum stage trained (default 2v2).
// SOAK_SECONDS (default 0) then keeps one page open that long, printing its frame rate and JS heap each
// minute (the 10-minute run: SOAK_SECONDS=600). SERVER_CPUS / BROWSER_CPUS pin the server and the
// browsers to given cores (see harness.mjs), to tell the server's cost from the browsers' rendering.
// BENCH_REPEATS (default 0) then alternates windows without and with the 3 pages connected that many
// times and reports the mean ratio: on a shared machine single windows drift by more than the effect.
// BENCH_BURN=1 adds a control to each pair: one busy loop (no browser) pinned to BROWSER_CPUS, what any
// full load on those cores costs the trainer (shared caches, memory bandwidth, a VM's vCPUs on one host core).
// The browsers' own CPU use is read from /proc (all `chromium` processes) and the watched page's main thread
// from the DevTools protocol.
import { spawn } from "node:child_process";
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
const WINDOW_S = Number(process.env.BENCH_SECONDS ?? 20);
const BROWSERS = Number(process.env.BENCH_BROWSERS ?? 3);

/** Mean of the trainer's per-iteration steps/s over the iterations that finish inside the window. */
async function trainerStepsPerSecond(base, seconds) {
  const rates = new Map();
  const deadline = Date.now() + seconds * 1000;
  const start = (await api(base, "/api/telemetry")).stats.iteration;
  while (Date.now() < deadline) {
    const { stats } = await api(base, "/api/telemetry");
    if (stats.iteration > start) rates.set(stats.iteration, stats.fps_training);
    await new Promise((r) => setTimeout(r, 250));
  }
  const values = [...rates.values()];
  return { mean: values.reduce((a, b) => a + b, 0) / Math.max(1, values.length), iterations: values.length };
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

function report(name, measured) {
  console.log(`trainer_steps_per_s_${name}: ${measured.mean.toFixed(0)}  (${measured.iterations} iterations)`);
}

const server = await startServer();
const browsers = [];
try {
  // One fixed stage: the curriculum advancing mid-benchmark would change the trainer's pace by itself.
  await api(server.base, "/api/config", "PUT", {
    ppo: { num_envs: 64, num_steps: 16, num_minibatches: 2 },
    curriculum: { stage_override: process.env.BENCH_STAGE ?? "2v2" },
  });
  await api(server.base, "/api/control/start", "POST");
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
  const repeats = Number(process.env.BENCH_REPEATS ?? 0);
  if (repeats > 0) {
    const ratios = [];
    const burnRatios = [];
    for (let r = 1; r <= repeats; r++) {
      for (const page of pages) await page.goto("about:blank");
      const without = await trainerStepsPerSecond(server.base, WINDOW_S);
      for (const page of pages) {
        await page.goto(server.base);
        await waitFor(async () => (await page.textContent("[data-testid=connection]")) === "connected", "a page");
      }
      const withPages = await trainerStepsPerSecond(server.base, WINDOW_S);
      ratios.push(withPages.mean / without.mean);
      let burn = "";
      if (process.env.BENCH_BURN === "1") {
        for (const page of pages) await page.goto("about:blank");
        const loop = startBusyLoop();
        const withLoop = await trainerStepsPerSecond(server.base, WINDOW_S);
        loop.kill("SIGKILL");
        burnRatios.push(withLoop.mean / without.mean);
        burn = `, ${withLoop.mean.toFixed(0)} with a busy loop`;
      }
      console.log(`pair_${r}: ${without.mean.toFixed(0)} without, ${withPages.mean.toFixed(0)} with ${BROWSERS} pages${burn}`);
    }
    for (const page of pages) {
      if (page.url() === server.base + "/" || page.url() === server.base) continue;
      await page.goto(server.base);
      await waitFor(async () => (await page.textContent("[data-testid=connection]")) === "connected", "a page");
    }
    const lossPct = (values) => ((1 - values.reduce((a, b) => a + b, 0) / values.length) * 100).toFixed(1);
    console.log(`trainer_loss_with_${BROWSERS}_browsers_pct: ${lossPct(ratios)}  (mean of ${repeats} pairs)`);
    if (burnRatios.length) console.log(`trainer_loss_with_busy_loop_pct: ${lossPct(burnRatios)}  (the control)`);
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
  for (const browser of browsers) await browser.close();
  await server.stop();
}
