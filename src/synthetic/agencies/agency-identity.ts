import { addDays, type ChildContext } from '../child-context';
import { misspell, type NameVariant } from '../names';

export interface AgencyIdentity {
  fields: { fullName: string; birthDate: Date; sex: ChildContext['sex']; personalId: string | null; communeCode: string; motherName: string | null };
  truth: { hasPersonalId: boolean; nameVariant: NameVariant | null; birthDateVariant: boolean };
}

/** An agency's own subject record of the child: its spelling, its copy of the personal ID. */
export function drawAgencyIdentity(child: ChildContext, personalId: string | null): AgencyIdentity {
  const { random, rates, fullName, birthDate, birthYear, sex, family } = child;
  const variant: NameVariant | null = random.chance(rates.nameVariant) ? random.pick(['NO_DIACRITICS', 'TYPO', 'SWAPPED_ORDER', 'MIDDLE_DROPPED'] as const) : null;
  const dateVariant = random.chance(rates.birthDateVariant);
  let recordBirthDate = birthDate;
  if (dateVariant) {
    const d = birthDate.getUTCDate();
    const m = birthDate.getUTCMonth() + 1;
    recordBirthDate = d <= 12 && d !== m ? new Date(Date.UTC(birthYear, d - 1, m)) : addDays(birthDate, random.pick([-2, -1, 1, 2]));
  }
  const hasPersonalId = personalId !== null && !random.chance(rates.agencyRecordWithoutPersonalId);
  return {
    fields: { fullName: variant ? misspell(random, fullName, variant) : fullName, birthDate: recordBirthDate, sex, personalId: hasPersonalId ? personalId : null, communeCode: family.communeCode, motherName: family.mother?.name ?? null },
    truth: { hasPersonalId, nameVariant: variant, birthDateVariant: dateVariant },
  };
}
