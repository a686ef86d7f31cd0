import { communeOf } from '../domain/admin-units';
import type { Jurisdiction } from './principal';

/** Whether a record held in this commune is within the caller's jurisdiction. */
export function communeWithin(jurisdiction: Jurisdiction, communeCode: string): boolean {
  switch (jurisdiction.kind) {
    case 'national':
      return true;
    case 'province':
      return communeOf(communeCode)?.provinceCode === jurisdiction.code;
    case 'commune':
      return communeCode === jurisdiction.code;
  }
}

/** Prisma filter fragments for tables that carry province and commune codes. */
export function jurisdictionWhere(jurisdiction: Jurisdiction): { provinceCode?: string; communeCode?: string } {
  if (jurisdiction.kind === 'province') return { provinceCode: jurisdiction.code };
  if (jurisdiction.kind === 'commune') return { communeCode: jurisdiction.code };
  return {};
}
