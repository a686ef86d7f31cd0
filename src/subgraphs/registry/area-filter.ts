import { communeOf, isProvinceCode } from '../../domain/admin-units';
import { badUserInput } from '../../shared/errors';

/**
 * Checks the area codes of a list filter against the administrative units (Decision 19/2025):
 * a code of the right shape that names no unit would only ever return an empty list, so it is
 * refused like a malformed one, with the same message in every list.
 */
export function checkAreaFilter(filter: { provinceCode?: string | null; communeCode?: string | null }): void {
  const { provinceCode, communeCode } = filter;
  if (provinceCode != null && !isProvinceCode(provinceCode)) {
    throw badUserInput(`provinceCode "${provinceCode}" is not one of the 34 province codes (two digits, e.g. "01" for Hà Nội)`, 'filter');
  }
  if (communeCode != null) {
    const commune = communeOf(communeCode);
    if (!commune) throw badUserInput(`communeCode "${communeCode}" is not a commune code (five digits, Decision 19/2025, e.g. "00004")`, 'filter');
    if (provinceCode != null && commune.provinceCode !== provinceCode) {
      throw badUserInput(`commune ${communeCode} is not in province ${provinceCode}; drop one of the two filters`, 'filter');
    }
  }
}
