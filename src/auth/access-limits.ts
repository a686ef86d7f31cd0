import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { AccessLogEntryRow } from './audit';
import { AGENCIES, type Agency } from './principal';
import { bulkAccessAlerts } from '../server/metrics';

/**
 * Bulk-access limits: how many distinct children's audited fields one token subject may read from
 * one subgraph in a clock hour before each further release is slowed down and the hour shows in
 * `accessAlerts`. The defaults sit far above an officer's working day (a commune has a few thousand
 * children; a province's worklists a few thousand rows): what crosses them is a harvest, a leaked
 * token or a script, which the auditor should see. CHILDGRAPH_ACCESS_LIMITS overrides them per
 * agency as JSON, e.g. {"SOCIAL": 5000}. Agencies whose reads are never audited (HUB feeds,
 * ANALYTICS aggregates, AUDITOR's log) never reach a limit.
 */
export const DEFAULT_HOURLY_CHILDREN: Readonly<Record<Agency, number>> = {
  POLICE: 20_000,
  JUSTICE: 20_000,
  EDUCATION: 20_000,
  HEALTH: 20_000,
  SOCIAL: 20_000,
  ANALYTICS: 20_000,
  AUDITOR: 20_000,
  HUB: 20_000,
};

/** How long each release past the limit waits before it leaves (CHILDGRAPH_ACCESS_SLOWDOWN_MS). */
export const DEFAULT_SLOWDOWN_MS = 2_000;

export interface AccessLimits {
  hourlyChildren: Readonly<Record<Agency, number>>;
  slowdownMs: number;
}

/** The limits this process runs with; a malformed setting stops the start with a message. */
export function accessLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): AccessLimits {
  const hourlyChildren = { ...DEFAULT_HOURLY_CHILDREN };
  if (env.CHILDGRAPH_ACCESS_LIMITS) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(env.CHILDGRAPH_ACCESS_LIMITS);
    } catch {
      throw new Error('CHILDGRAPH_ACCESS_LIMITS is not JSON; give distinct children per hour by agency, e.g. {"SOCIAL": 5000}');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('CHILDGRAPH_ACCESS_LIMITS must be an object of agency → children per hour, e.g. {"SOCIAL": 5000}');
    for (const [agency, limit] of Object.entries(parsed)) {
      if (!(AGENCIES as readonly string[]).includes(agency)) throw new Error(`CHILDGRAPH_ACCESS_LIMITS: unknown agency "${agency}"; expected one of ${AGENCIES.join(', ')}`);
      if (!Number.isInteger(limit) || (limit as number) < 1) throw new Error(`CHILDGRAPH_ACCESS_LIMITS: the limit of ${agency} must be a positive whole number of children; got ${JSON.stringify(limit)}`);
      hourlyChildren[agency as Agency] = limit as number;
    }
  }
  const slowdownMs = env.CHILDGRAPH_ACCESS_SLOWDOWN_MS === undefined ? DEFAULT_SLOWDOWN_MS : Number(env.CHILDGRAPH_ACCESS_SLOWDOWN_MS);
  if (!Number.isInteger(slowdownMs) || slowdownMs < 0 || slowdownMs > 30_000) throw new Error('CHILDGRAPH_ACCESS_SLOWDOWN_MS must be a whole number of milliseconds from 0 to 30000');
  return { hourlyChildren, slowdownMs };
}

const HOUR_MS = 3_600_000;

/**
 * Distinct children per subject in the current clock hour, in this process (the same hours the
 * alerts are counted in from the access log). A subject's set stops growing once past its limit,
 * so memory stays bounded by the limits; a restart forgets the counts (the log keeps them).
 * Replicas behind a load balancer each count what they serve: the slowdown starts once one replica
 * has seen the limit (up to N times the limit over N replicas, at worst), while `accessAlerts`
 * counts from the shared access log, so the auditor sees the whole hour. Kept per process on
 * purpose: a shared counter would cost every audited response a database write.
 */
export class BulkAccessWatch {
  private readonly seen = new Map<string, { hour: number; children: Set<string>; alerted: boolean }>();

  constructor(readonly limits: AccessLimits, private readonly now: () => number = Date.now) {}

  /** Counts an access-log entry; says whether its subject is now past the limit, and whether it just crossed it. */
  note(entry: Pick<AccessLogEntryRow, 'subject' | 'agency' | 'childIds'>): { over: boolean; crossed: boolean; children: number; limit: number } {
    const hour = Math.floor(this.now() / HOUR_MS);
    const limit = this.limits.hourlyChildren[entry.agency as Agency] ?? Math.min(...Object.values(this.limits.hourlyChildren));
    const key = `${entry.agency}\u0000${entry.subject}`;
    let state = this.seen.get(key);
    if (!state || state.hour !== hour) {
      if (this.seen.size > 10_000) this.forgetPastHours(hour);
      state = { hour, children: new Set(), alerted: false };
      this.seen.set(key, state);
    }
    for (const child of entry.childIds) {
      if (state.children.size > limit) break;
      state.children.add(child);
    }
    const over = state.children.size > limit;
    const crossed = over && !state.alerted;
    if (crossed) state.alerted = true;
    return { over, crossed, children: state.children.size, limit };
  }

  private forgetPastHours(hour: number) {
    for (const [key, state] of this.seen) if (state.hour !== hour) this.seen.delete(key);
  }
}

/**
 * Wraps a subgraph's access-log writer: once the entry is logged, a subject past its limit waits
 * `slowdownMs` before the response leaves, and the first release past it is logged as an alert.
 */
export function slowingBulkAccess(write: (entry: AccessLogEntryRow) => Promise<void>, watch: BulkAccessWatch, subgraph: string, log: Logger) {
  return async (entry: AccessLogEntryRow): Promise<void> => {
    await write(entry);
    const state = watch.note(entry);
    if (!state.over) return;
    if (state.crossed) {
      bulkAccessAlerts.inc({ subgraph, agency: entry.agency });
      log.warn({ alert: 'bulk-access', subgraph, agency: entry.agency, subject: entry.subject, children: state.children, limit: state.limit }, 'a token subject read more children this hour than its limit: its requests are slowed down; listed in accessAlerts');
    }
    await sleep(watch.limits.slowdownMs);
  };
}
