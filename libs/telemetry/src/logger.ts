// Structured logs: one JSON object per line on stdout (pino), level from the caller or
// CASSIA_LOG_LEVEL (trace|debug|info|warn|error|fatal|silent; default info).
import { pino, type Logger } from 'pino';

export type { Logger };

export const LOG_LEVEL_ENV = 'CASSIA_LOG_LEVEL';

export function createLogger(name: string, bindings: Record<string, unknown> = {}, level?: string): Logger {
  return pino({
    name,
    level: level ?? process.env[LOG_LEVEL_ENV] ?? 'info',
    base: { pid: process.pid, ...bindings },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
