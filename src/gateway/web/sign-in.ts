import { AGENCIES, isAgency, parseJurisdiction, type Principal } from '../../auth/principal';
import { isCommuneCode, isProvinceCode } from '../../domain/admin-units';

/** HUB is childgraph's own refresh job, never a person at a browser. */
export const OFFICER_AGENCIES = AGENCIES.filter((agency) => agency !== 'HUB');

const MAX_PURPOSE_LENGTH = 200;

/**
 * The development sign-in form as sent (JSON or form fields): agency, jurisdiction (`national`,
 * `province:01`, `commune:01001`, or a bare two- or five-digit code) and purpose. Returns the principal
 * or what is wrong, in words the form can show.
 */
export function principalFromSignIn(fields: Record<string, unknown>): { principal: Principal } | { problem: string } {
  const agency = fields.agency;
  if (!isAgency(agency) || agency === 'HUB') return { problem: `agency must be one of ${OFFICER_AGENCIES.join(', ')}` };
  const jurisdictionText = typeof fields.jurisdiction === 'string' ? fields.jurisdiction.trim() : '';
  const jurisdiction = parseJurisdiction(/^\d{2}$/.test(jurisdictionText) ? `province:${jurisdictionText}` : /^\d{5}$/.test(jurisdictionText) ? `commune:${jurisdictionText}` : jurisdictionText);
  if (!jurisdiction) return { problem: 'jurisdiction must be national, a two-digit province code or a five-digit commune code' };
  if (jurisdiction.kind === 'province' && !isProvinceCode(jurisdiction.code)) return { problem: `${jurisdiction.code} is not a province code` };
  if (jurisdiction.kind === 'commune' && !isCommuneCode(jurisdiction.code)) return { problem: `${jurisdiction.code} is not a commune code` };
  const purpose = typeof fields.purpose === 'string' ? fields.purpose.trim() : '';
  if (!purpose || purpose.length > MAX_PURPOSE_LENGTH) return { problem: `purpose is required (at most ${MAX_PURPOSE_LENGTH} characters)` };
  return { principal: { subject: `web:${agency.toLowerCase()}`, agency, jurisdiction, purpose } };
}
