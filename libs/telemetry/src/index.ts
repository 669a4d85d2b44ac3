export { createLogger, LOG_LEVEL_ENV, type Logger } from './logger.js';
export { createRegistry, DEFAULT_METRICS_EXCLUDED, LATENCY_BUCKETS_SECONDS, PROCESS_LABEL_NAMES, Registry } from './metrics.js';
export { startOpsServer, type Health, type OpsServer } from './http.js';
