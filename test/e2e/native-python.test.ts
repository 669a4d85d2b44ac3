// A second real client: the DataStax Python driver as Debian packages it (python3-cassandra),
// run by the system Python (/usr/bin/python3: the machine's default python3 may be another
// one without the package). scripts/provision installs the package; when it is missing this
// test fails saying so, rather than being skipped.
import { spawnSync, execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../src/cluster.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./python/native_smoke.py', import.meta.url));
const SCRIPT_TIMEOUT_MS = 120_000;

describe('python3-cassandra against Cassia', () => {
  let cluster: LocalCluster;
  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 1 });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('is installed for the system Python', () => {
    const probe = spawnSync(PYTHON, ['-c', 'import cassandra; print(cassandra.__version__)'], { encoding: 'utf8' });
    const why = `python3-cassandra is not importable by ${PYTHON} (install it: apt-get install -y python3-cassandra, as scripts/provision does)\n${probe.stderr ?? probe.error}`;
    expect(probe.status, why).toBe(0);
  });

  it('connects, creates a table, inserts and selects', async () => {
    const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve) => {
      execFile(PYTHON, [SCRIPT, cluster.contactPoints(0)[0]!, String(cluster.nativePort())], { timeout: SCRIPT_TIMEOUT_MS }, (err, out, errOut) =>
        resolve({ stdout: out, stderr: errOut, code: err === null ? 0 : ((err as { code?: number }).code ?? -1) }),
      );
    });
    expect(code, `native_smoke.py failed:\n${stderr}`).toBe(0);
    const seen = JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
    expect(seen).toEqual({
      protocol_version: 4,
      row: [3, 'v3', 3_000_000_000_000, '3f2b0a1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c', '2026-11-22T10:00:00+00:00', false],
      simple: ['simple', null],
      scoped: 'v4',
    });
  });
});
