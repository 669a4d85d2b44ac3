// A throwaway Docker engine for the docker end-to-end suites: Debian's dockerd inside a
// network namespace of its own (scripts/docker-engine), so containers, bridges, iptables
// rules and swarm never touch the host network. The test process stays in the host
// namespace: it drives the engine through its unix socket (the docker client, testcontainers)
// and reaches ports inside the namespace through loopback forwards (forward()), which relay
// 127.0.0.1:<port> here → a unix socket → host:port inside the namespace.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ENGINE_SCRIPT = join(REPO_ROOT, 'scripts/docker-engine');
export const IMAGE_SCRIPT = join(REPO_ROOT, 'scripts/docker-image');
/** Tag of the images scripts/docker-image builds for the tests. */
export const TEST_IMAGE_TAG = 'e2e';
/** Longest a docker command may take (deploys, builds excepted). */
export const DOCKER_COMMAND_TIMEOUT_MS = 120_000;
/** Longest an image build may take (a first run also debootstraps the base: ~1 min). */
export const IMAGE_BUILD_TIMEOUT_MS = 600_000;
const FORWARD_READY_TIMEOUT_MS = 10_000;
const OUTPUT_KEPT_BYTES = 64 * 1024;

/** Whether this machine can run an engine; `reason` says plainly why not. */
export function dockerCapability(): { ok: true } | { ok: false; reason: string } {
  const r = spawnSync(ENGINE_SCRIPT, ['check'], { encoding: 'utf8' });
  if (r.error !== undefined) return { ok: false, reason: `${ENGINE_SCRIPT} could not run: ${r.error.message}` };
  if (r.status === 0) return { ok: true };
  return { ok: false, reason: (r.stderr || r.stdout).trim() || `${ENGINE_SCRIPT} check exited ${r.status}` };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion (bounded), keeping the tail of its output. */
export function run(cmd: string, args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const keep = (s: string) => (s.length > OUTPUT_KEPT_BYTES ? s.slice(-OUTPUT_KEPT_BYTES) : s);
    child.stdout.on('data', (d: Buffer) => (stdout = keep(stdout + d.toString())));
    child.stderr.on('data', (d: Buffer) => (stderr = keep(stderr + d.toString())));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${cmd} ${args.join(' ')} did not finish within ${options.timeoutMs ?? DOCKER_COMMAND_TIMEOUT_MS} ms\n${stderr}`));
    }, options.timeoutMs ?? DOCKER_COMMAND_TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A loopback port in this namespace that relays to host:port inside the engine's namespace. */
export interface Forward {
  readonly port: number;
  close(): Promise<void>;
}

// Runs inside the namespace: accepts on a unix socket, connects each client to host:port.
const NETNS_RELAY = `
const net = require('node:net');
const [sock, host, port] = process.argv.slice(1);
try { require('node:fs').unlinkSync(sock); } catch {}
net.createServer((c) => {
  const u = net.connect({ host, port: Number(port) });
  c.pipe(u); u.pipe(c);
  c.on('error', () => u.destroy()); u.on('error', () => c.destroy());
  c.on('close', () => u.destroy()); u.on('close', () => c.destroy());
}).listen(sock, () => console.log('relay ready'));
`;

export class DockerEngine {
  private readonly forwards = new Set<Forward>();
  private stopped = false;
  private readonly onExit = () => this.stopSync();

  private constructor(
    /** The engine's state directory (scripts/docker-engine start DIR). */
    readonly dir: string,
    /** unix:///…/docker.sock */
    readonly dockerHost: string,
    /** /var/run/netns/… */
    readonly netnsPath: string,
  ) {
    process.once('exit', this.onExit);
  }

  /** Starts an engine in a new network namespace; throws with dockerd's last words on failure. */
  static async start(): Promise<DockerEngine> {
    const dir = mkdtempSync(join(tmpdir(), 'cassia-docker-'));
    rmSync(dir, { recursive: true, force: true }); // the script creates it and owns it from here on
    const r = await run(ENGINE_SCRIPT, ['start', dir], { timeoutMs: DOCKER_COMMAND_TIMEOUT_MS });
    if (r.code !== 0) throw new Error(`docker engine did not start:\n${r.stderr}`);
    const env = Object.fromEntries(
      spawnSync('cat', [join(dir, 'env')], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    ) as Record<string, string>;
    return new DockerEngine(dir, env['DOCKER_HOST']!, env['NETNS_PATH']!);
  }

  /** The environment for docker clients of this engine (the CLI, scripts, testcontainers). */
  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return { ...process.env, DOCKER_HOST: this.dockerHost, TESTCONTAINERS_RYUK_DISABLED: 'true', ...extra };
  }

  /** Runs the docker client against this engine; throws on a non-zero exit. Returns stdout, trimmed. */
  async docker(args: string[], options: { timeoutMs?: number; input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
    const r = await run('docker', args, { env: this.env(options.env), timeoutMs: options.timeoutMs ?? DOCKER_COMMAND_TIMEOUT_MS, ...(options.input === undefined ? {} : { input: options.input }) });
    if (r.code !== 0) throw new Error(`docker ${args.join(' ')} exited ${r.code}:\n${r.stderr || r.stdout}`);
    return r.stdout.trim();
  }

  /** Builds images with scripts/docker-image (cassia, nats, prometheus) tagged TEST_IMAGE_TAG. */
  async buildImages(targets: string[]): Promise<void> {
    const r = await run(IMAGE_SCRIPT, targets, { env: this.env({ CASSIA_IMAGE_TAG: TEST_IMAGE_TAG }), timeoutMs: IMAGE_BUILD_TIMEOUT_MS });
    if (r.code !== 0) throw new Error(`scripts/docker-image ${targets.join(' ')} failed:\n${r.stderr}`);
    process.stdout.write(r.stderr);
  }

  /** Relays a loopback port here to host:port inside the engine's namespace. */
  async forward(host: string, port: number): Promise<Forward> {
    const sock = join(this.dir, `relay-${host.replace(/[^a-zA-Z0-9.]/g, '_')}-${port}.sock`);
    const relay: ChildProcess = spawn('nsenter', [`--net=${this.netnsPath}`, process.execPath, '-e', NETNS_RELAY, sock, host, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`relay to ${host}:${port} not ready`)), FORWARD_READY_TIMEOUT_MS);
      relay.stdout!.once('data', () => {
        clearTimeout(timer);
        resolve();
      });
      relay.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`relay to ${host}:${port} exited ${code}`));
      });
    });
    const sockets = new Set<Socket>();
    const server: Server = createServer((c) => {
      const u = connect(sock);
      sockets.add(c).add(u);
      c.pipe(u);
      u.pipe(c);
      const drop = () => {
        c.destroy();
        u.destroy();
        sockets.delete(c);
        sockets.delete(u);
      };
      c.on('error', drop).on('close', drop);
      u.on('error', drop).on('close', drop);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const forward: Forward = {
      port: typeof address === 'object' && address !== null ? address.port : 0,
      close: async () => {
        this.forwards.delete(forward);
        for (const s of sockets) s.destroy();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        relay.kill('SIGKILL');
      },
    };
    this.forwards.add(forward);
    return forward;
  }

  /** Closes the forwards, removes every container, stops dockerd and deletes the namespace. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    for (const f of [...this.forwards]) await f.close();
    const r = await run(ENGINE_SCRIPT, ['stop', this.dir], { timeoutMs: DOCKER_COMMAND_TIMEOUT_MS });
    this.stopped = true;
    process.off('exit', this.onExit);
    process.stdout.write(r.stderr);
    if (r.code !== 0) throw new Error(`docker engine did not stop cleanly:\n${r.stderr}`);
  }

  /** Last resort when the test process exits without stop(): nothing may outlive it. */
  private stopSync(): void {
    if (this.stopped) return;
    this.stopped = true;
    spawnSync(ENGINE_SCRIPT, ['stop', this.dir], { stdio: 'inherit', timeout: DOCKER_COMMAND_TIMEOUT_MS });
  }
}

/**
 * For a docker suite: whether it can run here, and why not. Outside CI a suite that cannot
 * run is skipped with the reason printed; in CI (CI set) it fails, since scripts/provision
 * installs what the engine needs and a silent skip would hide a broken machine.
 */
export function dockerSuiteGate(suite: string): { run: boolean; failInstead?: string } {
  const capability = dockerCapability();
  if (capability.ok) return { run: true };
  const message = `${suite}: this machine cannot run a Docker engine:\n${capability.reason}`;
  process.stderr.write(`\n*** ${message}\n*** ${process.env['CI'] ? 'failing (CI)' : 'skipping (not CI)'}\n\n`);
  return process.env['CI'] ? { run: false, failInstead: message } : { run: false };
}

/** POST /v1/cql with a deadline; answers status and parsed JSON (or text). */
export async function postCql(url: string, body: { query: string; params?: unknown[]; consistency?: string }, timeoutMs: number): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
  const res = await fetch(`${url}/v1/cql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}
