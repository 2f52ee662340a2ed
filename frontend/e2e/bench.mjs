// The control room's cost, measured (prints `name: value` lines like bench/*.py): the page's frame rate
// (requestAnimationFrame callbacks) and JS heap growth while telemetry streams, and the trainer's
// steps/s with no client, 3 bare WebSockets (the server's share), 3 browsers (plus their rendering), and
// no client again (drift on a shared machine). BENCH_SECONDS sets each measuring window (default 20).
import { api, launchBrowser, openControlRoom, skipWithoutChromium, startServer } from "./harness.mjs";

skipWithoutChromium("control room benchmark");
const WINDOW_S = Number(process.env.BENCH_SECONDS ?? 20);
const BROWSERS = 3;

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

function report(name, measured) {
  console.log(`trainer_steps_per_s_${name}: ${measured.mean.toFixed(0)}  (${measured.iterations} iterations)`);
}

const server = await startServer();
const browsers = [];
try {
  await api(server.base, "/api/config", "PUT", { ppo: { num_envs: 64, num_steps: 16, num_minibatches: 2 } });
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
  await watched.evaluate(() => {
    window.benchFrames = 0;
    const count = () => {
      window.benchFrames++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  const started = Date.now();
  const withBrowsers = await trainerStepsPerSecond(server.base, WINDOW_S);
  const frames = await watched.evaluate(() => window.benchFrames);
  const elapsedS = (Date.now() - started) / 1000;
  const heapEnd = await heapMb(cdp);
  report(`${BROWSERS}_browsers`, withBrowsers);
  console.log(`page_fps: ${(frames / elapsedS).toFixed(1)}`);
  console.log(`page_js_heap_start_mb: ${heapStart.toFixed(2)}`);
  console.log(`page_js_heap_end_mb: ${heapEnd.toFixed(2)}`);
  console.log(`page_js_heap_growth_mb: ${(heapEnd - heapStart).toFixed(2)}`);
  for (const browser of browsers.splice(0)) await browser.close();
  report("0_clients_after", await trainerStepsPerSecond(server.base, WINDOW_S));
} finally {
  for (const browser of browsers) await browser.close();
  await server.stop();
}
