import { formatJurisdiction, isAgency, parseJurisdiction, AGENCIES } from '../auth/principal';
import { loadTokenKeys, signToken, TokenLifetimeError } from '../auth/token';
import { dataDir } from '../shared/paths';
import { UsageError } from './usage-error';

export interface TokenCommandOptions {
  agency: string;
  jurisdiction: string;
  purpose: string;
  subject: string;
  ttl: string;
}

/** `childgraph token`: the token on stdout (for a shell variable), what it grants on stderr. */
export async function printToken(opts: TokenCommandOptions): Promise<void> {
  if (!isAgency(opts.agency)) throw new UsageError(`unknown agency "${opts.agency}"; expected one of ${AGENCIES.join(', ')}`);
  const jurisdiction = parseJurisdiction(opts.jurisdiction);
  if (!jurisdiction) throw new UsageError('jurisdiction must be national, province:NN or commune:NNNNN');
  const keys = loadTokenKeys(dataDir());
  const token = await signToken(keys, { agency: opts.agency, jurisdiction, purpose: opts.purpose, subject: opts.subject }, opts.ttl).catch((error: unknown) => {
    throw error instanceof TokenLifetimeError ? new UsageError(`--ttl: ${error.message}`) : error;
  });
  process.stderr.write(`token for ${opts.agency} (${formatJurisdiction(jurisdiction)}), signed with ${keys.source}\n`);
  process.stdout.write(`${token}\n`);
}
