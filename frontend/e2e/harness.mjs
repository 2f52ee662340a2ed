// Shared by the end-to-end test and the benchmark: `sebulba serve` on a free port and Debian's Chromium
// driven by playwright-core, each browser with a fresh profile.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const ROOT = resolve(import.meta.dirname, "../..");
const SEBULBA = join(ROOT, ".venv/bin/sebulba");
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Exit 0 with a clear message when there is no Chromium to drive (the only allowed skip). */
export function skipWithoutChromium(what) {
  if (!existsSync(CHROMIUM)) {
    console.log(`SKIP: no Chromium at ${CHROMIUM} (apt-get install -y chromium); ${what} not run`);
    process.exit(0);
  }
}

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

export async function waitFor(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A REST call; anything but a GET carries a JSON body (`{}` by default): the server refuses other POSTs. */
export async function api(base, path, method = "GET", body = undefined) {
  const json = method !== "GET";
  const response = await fetch(`${base}${path}`, {
    method,
    headers: json ? { "content-type": "application/json" } : {},
    body: json ? JSON.stringify(body ?? {}) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** [command, args] for `program args`, under `taskset -c cpus` when `cpus` is set (benchmarks pin the server
 * and the browsers to different cores to tell the server's own cost from the browsers' rendering). */
export function pinned(cpus, program, args) {
  return cpus ? ["taskset", ["-c", cpus, program, ...args]] : [program, args];
}

/** `sebulba serve --no-train` in a fresh data folder; resolves once /api/health answers.
 * SERVER_CPUS (e.g. "0") pins it to those cores. */
export async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "sebulba-e2e-"));
  const [command, args] = pinned(process.env.SERVER_CPUS, SEBULBA, [
    "serve", "--port", String(port), "--preset", "cpu", "--data-dir", dataDir, "--fresh", "--no-train",
  ]);
  const process_ = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/api/health`)).ok, "the server");
  return {
    base,
    pid: process_.pid, // taskset execs the server, so this is its pid either way
    async stop() {
      const exited = new Promise((done) => process_.once("exit", done));
      process_.kill("SIGTERM");
      await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A headless Chromium with a fresh --user-data-dir (a persistent context is how playwright takes one).
 * BROWSER_CPUS (e.g. "1") pins it, through a `taskset` wrapper script, to those cores. */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "sebulba-chromium-"));
  let executablePath = CHROMIUM;
  if (process.env.BROWSER_CPUS) {
    executablePath = join(profile, "chromium-pinned.sh");
    writeFileSync(executablePath, `#!/bin/sh\nexec taskset -c ${process.env.BROWSER_CPUS} ${CHROMIUM} "$@"\n`);
    chmodSync(executablePath, 0o755);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1600, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page showing the control room, once its WebSocket is connected. */
export async function openControlRoom(context, base) {
  const page = await context.newPage();
  await page.goto(base);
  await waitFor(async () => (await page.textContent("[data-testid=connection]")) === "connected", "the WebSocket");
  return page;
}

const CLOCK_TICKS = 100;

/** Pids of every running `chromium` process on the machine (what the benchmarks charge to the browsers). */
export function chromiumPids() {
  return readdirSync("/proc").filter((name) => {
    try {
      return /^\d+$/.test(name) && readFileSync(`/proc/${name}/comm`, "utf8").trim() === "chromium";
    } catch {
      return false; // the process ended between the listing and the read
    }
  });
}

/** User + system CPU seconds of a process or thread, from its `stat` file (0 once it has ended). */
export function cpuSeconds(statPath) {
  try {
    const fields = readFileSync(statPath, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
