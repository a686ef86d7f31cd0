import pino from 'pino';

/** The one structured logger. LOG_LEVEL overrides; tests default to silence unless asked. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info'),
  base: { service: 'childgraph' },
});
