export { freePort, freePortRange, PORT_RANGE_ATTEMPTS_MAX } from './ports.js';
export { tempDir } from './tmp.js';
export { startProcess, STOP_GRACE_MS, OUTPUT_TAIL_CHARS_MAX, type ManagedProcess } from './process.js';
export { startNatsServer, natsServerBinary, NATS_START_TIMEOUT_MS, type NatsServer } from './nats.js';
export { plainBytes } from './plain.js';
export { mulberry32 } from './random.js';
