export { startGateway, runGateway, DEFAULT_HTTP_PORT, DEFAULT_NATIVE_PORT, DEFAULT_REPLICA_COALESCING_WINDOW_MS, type GatewayOptions, type RunningGateway } from './gateway.js';
export { DEFAULT_WRITE_TIMEOUT_MS, DEFAULT_READ_TIMEOUT_MS } from './coordinator.js';
export type { QueryRequest, QueryResponse } from './executor.js';
