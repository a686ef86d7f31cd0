import { formatJurisdiction, isAgency, isClientName, parseJurisdiction, AGENCIES, type Jurisdiction } from '../auth/principal';
import { loadTokenKeys, signToken, TokenLifetimeError, tokenLifetimeSeconds } from '../auth/token';
import { isCommuneCode, isProvinceCode } from '../domain/admin-units';
import { dataDir } from '../shared/paths';
import { UsageError } from './usage-error';

export interface TokenCommandOptions {
  agency: string;
  jurisdiction: string;
  purpose: string;
  subject: string;
  ttl: string;
  client?: string;
}

/** `childgraph token`: the token on stdout (for a shell variable), what it grants on stderr. */
export async function printToken(opts: TokenCommandOptions): Promise<void> {
  if (!isAgency(opts.agency)) throw new UsageError(`unknown agency "${opts.agency}"; expected one of ${AGENCIES.join(', ')}`);
  const jurisdiction = parseJurisdiction(opts.jurisdiction);
  if (!jurisdiction) throw new UsageError('jurisdiction must be national, province:NN or commune:NNNNN');
  checkAdminUnit(jurisdiction);
  if (opts.client !== undefined && !isClientName(opts.client)) throw new UsageError('--client: a client name is letters, digits, ".", "_" or "-" (at most 64), e.g. dashboard');
  // Checked before the keys are loaded: a refused command line leaves no development secret behind.
  try {
    tokenLifetimeSeconds(opts.ttl);
  } catch (error) {
    throw error instanceof TokenLifetimeError ? new UsageError(`--ttl: ${error.message}`) : error;
  }
  const keys = loadTokenKeys(dataDir());
  const token = await signToken(keys, { agency: opts.agency, jurisdiction, purpose: opts.purpose, subject: opts.subject, ...(opts.client ? { client: opts.client } : {}) }, opts.ttl);
  process.stderr.write(`token for ${opts.agency} (${formatJurisdiction(jurisdiction)}), signed with ${keys.source}\n`);
  process.stdout.write(`${token}\n`);
}

/** A token for a province or commune that does not exist would grant nothing, silently: refused. */
function checkAdminUnit(jurisdiction: Jurisdiction): void {
  if (jurisdiction.kind === 'province' && !isProvinceCode(jurisdiction.code)) {
    throw new UsageError(`there is no province ${jurisdiction.code}; use a two-digit province code of Decision 19/2025 (e.g. province:01 for Hà Nội, province:79 for TP Hồ Chí Minh)`);
  }
  if (jurisdiction.kind === 'commune' && !isCommuneCode(jurisdiction.code)) {
    throw new UsageError(`there is no commune ${jurisdiction.code}; use a five-digit commune code of Decision 19/2025 (e.g. commune:00070)`);
  }
}
