export { createLogger, LOG_LEVEL_ENV, type Logger } from './logger.js';
export { createRegistry, LATENCY_BUCKETS_SECONDS, Registry } from './metrics.js';
export { startOpsServer, type Health, type OpsServer } from './http.js';
