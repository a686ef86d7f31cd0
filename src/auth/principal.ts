/**
 * Who is asking: an agency officer (or an app acting for one) with a jurisdiction and a purpose.
 * HUB is childgraph itself: the registry's refresh job reading the owning subgraphs' change feeds.
 */
export const AGENCIES = ['POLICE', 'JUSTICE', 'EDUCATION', 'HEALTH', 'SOCIAL', 'ANALYTICS', 'AUDITOR', 'HUB'] as const;
export type Agency = (typeof AGENCIES)[number];

export type Jurisdiction =
  | { kind: 'national' }
  | { kind: 'province'; code: string }
  | { kind: 'commune'; code: string };

export interface Principal {
  subject: string;
  agency: Agency;
  jurisdiction: Jurisdiction;
  purpose: string;
  /**
   * The app the token was issued to (its `client_id` claim, or OIDC's `azp`), when it names one:
   * the gateway may require that app to send persisted documents only.
   */
  client?: string;
}

/** A client name as tokens and CHILDGRAPH_PERSISTED_ONLY write it: letters, digits, `.`, `_`, `-`. */
export const isClientName = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(value);

export function isAgency(value: unknown): value is Agency {
  return typeof value === 'string' && (AGENCIES as readonly string[]).includes(value);
}

/** Parses `national`, `province:01` or `commune:01001`; null when malformed. */
export function parseJurisdiction(value: string): Jurisdiction | null {
  if (value === 'national') return { kind: 'national' };
  const match = /^(province|commune):(\d+)$/.exec(value);
  if (!match) return null;
  const [, kind, code] = match;
  if (kind === 'province' && code.length === 2) return { kind: 'province', code };
  if (kind === 'commune' && code.length === 5) return { kind: 'commune', code };
  return null;
}

export function formatJurisdiction(j: Jurisdiction): string {
  return j.kind === 'national' ? 'national' : `${j.kind}:${j.code}`;
}
