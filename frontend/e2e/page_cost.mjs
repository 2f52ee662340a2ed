// Where one control-room page's CPU goes (`npm run page-cost`): per Chromium thread (the page's main and
// compositor threads, the GPU process's software compositor, ...), read from /proc while one headless page
// shows a 2v2 training run, for variants of the page. PAGE_COST_SECONDS sets each window (default 10).
// Variants: `page` (as served), `no-canvas` (the race canvas hidden), `no-charts` (the training charts
// hidden), `canvas-only` (all but the race canvas hidden: it then fills the page), `no-telemetry` (WebSocket
// stubbed: nothing arrives), `blank` (about:blank); PAGE_COST_VARIANTS=page,blank picks some. Every variant runs the same requestAnimationFrame counter the
// benchmark uses, so `blank` is the cost of any 60 fps page there.
import { readdirSync, readFileSync } from "node:fs";
import { api, chromiumPids, cpuSeconds, launchBrowser, skipWithoutChromium, startServer } from "./harness.mjs";

skipWithoutChromium("page cost measurement");
const WINDOW_S = Number(process.env.PAGE_COST_SECONDS ?? 10);
const ONLY = process.env.PAGE_COST_VARIANTS?.split(",");
const ALL_VARIANTS = [
  { name: "page", css: "", init: "" },
  { name: "no-canvas", css: "canvas[data-testid=race-canvas]{display:none}", init: "" },
  { name: "no-charts", css: "[data-testid=stats]{display:none}", init: "" },
  { name: "canvas-only", css: "body *:not(:has(canvas[data-testid=race-canvas])):not(canvas[data-testid=race-canvas]){display:none}", init: "" },
  { name: "no-telemetry", css: "", init: "window.WebSocket = class { close() {} send() {} };" },
  { name: "blank", css: "", init: "", url: "about:blank" },
];
const VARIANTS = ONLY ? ALL_VARIANTS.filter((v) => ONLY.includes(v.name)) : ALL_VARIANTS;

/** CPU seconds per `process type/thread name` of every `chromium` process. */
function threadSeconds() {
  const seconds = new Map();
  for (const pid of chromiumPids()) {
    try {
      const type = readFileSync(`/proc/${pid}/cmdline`, "utf8").match(/--type=([a-z-]+)/)?.[1] ?? "browser";
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const key = `${type}/${readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8").trim()}`;
        seconds.set(key, (seconds.get(key) ?? 0) + cpuSeconds(`/proc/${pid}/task/${tid}/stat`));
      }
    } catch {
      // the process or thread ended between the listing and the read
    }
  }
  return seconds;
}

const server = await startServer();
const browser = await launchBrowser();
try {
  await api(server.base, "/api/config", "PUT", {
    ppo: { num_envs: 64, num_steps: 16, num_minibatches: 2 },
    curriculum: { stage_override: "2v2" },
  });
  await api(server.base, "/api/control/start", "POST");
  for (const variant of VARIANTS) {
    const page = await browser.context.newPage();
    if (variant.init) await page.addInitScript(variant.init);
    await page.goto(variant.url ?? server.base);
    await new Promise((r) => setTimeout(r, 3000));
    if (variant.css) await page.addStyleTag({ content: variant.css });
    await page.evaluate(() => {
      window.benchFrames = 0;
      const count = () => {
        window.benchFrames++;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
    });
    await new Promise((r) => setTimeout(r, 1000));
    const frames = await page.evaluate(() => window.benchFrames);
    const before = threadSeconds();
    const started = Date.now();
    await new Promise((r) => setTimeout(r, WINDOW_S * 1000));
    const elapsed = (Date.now() - started) / 1000;
    const fps = ((await page.evaluate(() => window.benchFrames)) - frames) / elapsed;
    let total = 0;
    const threads = [];
    for (const [key, value] of threadSeconds()) {
      const pct = ((value - (before.get(key) ?? 0)) / elapsed) * 100;
      total += pct;
      if (pct >= 0.5) threads.push(`${key} ${pct.toFixed(1)}`);
    }
    console.log(`${variant.name}: ${total.toFixed(1)}% of one core, ${fps.toFixed(1)} fps | ${threads.join(" | ")}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
