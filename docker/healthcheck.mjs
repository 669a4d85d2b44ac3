// The image's HEALTHCHECK: GET /healthz of the Cassia process in this container and exit 0
// when it answers 200 ({"ok": true, …}), 1 otherwise. It finds the role and the port the
// way the process did: from its command line (`node --metrics-port P`, `gateway --http-port
// P`, and their --*-host), else from the environment (CASSIA_METRICS_PORT, CASSIA_HTTP_PORT,
// …), else the defaults (node 9180, gateway 8080). A wildcard host is probed on 127.0.0.1.
import { readdirSync, readFileSync } from 'node:fs';

const TIMEOUT_MS = 4_000;
const ROLES = {
  node: { portFlag: '--metrics-port', portEnv: 'CASSIA_METRICS_PORT', hostFlag: '--metrics-host', hostEnv: 'CASSIA_METRICS_HOST', port: 9180 },
  gateway: { portFlag: '--http-port', portEnv: 'CASSIA_HTTP_PORT', hostFlag: '--http-host', hostEnv: 'CASSIA_HTTP_HOST', port: 8080 },
};

/** The argv of the process running the cassia CLI (PID 1 unless an init runs first). */
function cassiaArgv() {
  const pids = ['1', ...readdirSync('/proc').filter((p) => /^\d+$/.test(p) && p !== '1' && p !== String(process.pid))];
  for (const pid of pids) {
    let argv;
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const cli = argv.findIndex((a) => a.endsWith('/cassia.js') || a.endsWith('/cli/dist/main.js'));
    if (cli >= 0) return argv.slice(cli + 1);
  }
  return undefined;
}

function flag(args, name) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name) return args[i + 1];
    if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
  }
  return undefined;
}

const args = cassiaArgv();
const role = args === undefined ? undefined : ROLES[args.find((a) => a in ROLES)];
if (role === undefined) {
  console.error('healthcheck: no `cassia node` or `cassia gateway` process in this container');
  process.exit(1);
}
const port = flag(args, role.portFlag) ?? process.env[role.portEnv] ?? String(role.port);
let host = flag(args, role.hostFlag) ?? process.env[role.hostEnv] ?? '0.0.0.0';
if (host === '0.0.0.0' || host === '::' || host === '') host = '127.0.0.1';
const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/healthz`;
try {
  const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  const body = await res.text();
  console.log(`${url} ${res.status} ${body.slice(0, 300)}`);
  process.exit(res.status === 200 ? 0 : 1);
} catch (err) {
  console.error(`${url} ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
