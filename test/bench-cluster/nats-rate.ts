/**
 * The machine's raw NATS request/reply rate, the yardstick of the cluster figures: one requester
 * (this process) with NATS_IN_FLIGHT requests in flight and NATS_PAYLOAD_BYTES-byte payloads,
 * against an echo responder in a separate process (nats-echo.ts), through the run's nats-server.
 * Measured before the cluster starts, so nothing else competes for the machine.
 */
import { join } from 'node:path';
// The same NATS client as Cassia (declared in test/package.json).
import { connect } from '@nats-io/transport-node';
import type { Nats, RunDirs } from './cluster.ts';
import type { Measurement } from './loops.ts';
import { closedLoop } from './loops.ts';
import type { Children } from './processes.ts';
import { CpuMeter, assertAlive, stop, waitFor } from './processes.ts';

export const NATS_IN_FLIGHT = 512;
export const NATS_PAYLOAD_BYTES = 200;
export const NATS_REQUEST_TIMEOUT_MS = 5_000;
export const NATS_WARMUP_MS = 2_000;
const ECHO_READY_TIMEOUT_MS = 30_000;
const SUBJECT = 'bench.echo';
const ECHO_MAIN = join(import.meta.dirname, 'nats-echo.ts');

export async function measureNatsRate(
  children: Children,
  dirs: RunDirs,
  nats: Nats,
  options: { seconds: number },
  progress: (line: string) => void,
): Promise<Measurement & { cpu: Record<string, number> }> {
  const echo = children.start(
    'nats-echo',
    process.execPath,
    ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', ECHO_MAIN, nats.url, SUBJECT],
    join(dirs.logs, 'nats-echo.log'),
  );
  const nc = await connect({ servers: nats.url, name: 'bench-requester' });
  try {
    const payload = new Uint8Array(NATS_PAYLOAD_BYTES).fill(0x61);
    const once = async (): Promise<string | undefined> => {
      try {
        const reply = await nc.request(SUBJECT, payload, { timeout: NATS_REQUEST_TIMEOUT_MS });
        return reply.data.length === NATS_PAYLOAD_BYTES ? undefined : 'WrongReplySize';
      } catch (error) {
        return error instanceof Error ? error.name : 'Error';
      }
    };
    await waitFor('the NATS echo responder', async () => (await once()) === undefined, ECHO_READY_TIMEOUT_MS, [echo, nats.child]);
    let meter: CpuMeter | undefined;
    let cpu: Record<string, number> = {};
    const m = await closedLoop(
      once,
      { concurrency: NATS_IN_FLIGHT, warmupMs: NATS_WARMUP_MS, measureMs: options.seconds * 1000, label: 'raw NATS' },
      { onMeasureStart: () => (meter = new CpuMeter([nats.child, echo])), onMeasureEnd: () => (cpu = meter?.read() ?? {}), progress },
    );
    assertAlive([echo, nats.child]);
    return { ...m, cpu };
  } finally {
    await nc.close();
    await stop(echo);
  }
}
