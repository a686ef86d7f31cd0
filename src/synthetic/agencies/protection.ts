/**
 * SOCIAL: the commune's child profile (always for special-circumstance and poor-household
 * children), its circumstances, care placement, support payments and an abandoned child's case.
 */
import { addDays, followUp, foundPlace, linkRecord, REFERENCE_DATE, stamped, touched, type ChildContext } from '../child-context';
import type { CircumstanceGroup, Circumstances } from '../circumstances';
import { personName } from '../names';
import type { AgencyIdentity } from './agency-identity';
import { RECEPTION_STEPS, stepDate, type Reception } from './reception';

const VERIFICATION = ['COLLECTED', 'CHECKED', 'RECHECKED'];
const VERIFICATION_WEIGHTS = [0.2, 0.5, 0.3];

export function writeProtection(child: ChildContext, circumstances: Circumstances, reception: Reception | null, identity: () => AgencyIdentity): void {
  const { random, family, id, childId, abandoned, truth } = child;
  const { groups, special } = circumstances;
  if (!(special || groups.length > 0 || family.poverty || abandoned || random.chance(0.9))) return;
  const push = child.sink.push.bind(child.sink);
  const profileId = id('profile');
  const profileIdentity = identity();
  push('protection', 'ChildProfile', stamped({ id: profileId, childId, ...profileIdentity.fields, verification: random.weighted(VERIFICATION, VERIFICATION_WEIGHTS), version: 1 }));
  linkRecord(child, 'SOCIAL', 'protection.ChildProfile', profileId, profileIdentity.truth);
  truth.specialCircumstances = groups.map((g) => g.group);
  groups.forEach((g, n) => push('protection', 'SpecialCircumstance', stamped({ id: id(`circumstance-${n}`), profileId, group: g.group, identifiedOn: g.identifiedOn, endedOn: g.endedOn ?? null, verification: random.weighted(VERIFICATION, VERIFICATION_WEIGHTS), communeCode: family.communeCode, version: 1 })));
  if (family.poverty) push('protection', 'HouseholdPoverty', { id: id('poverty'), profileId, level: family.poverty, year: 2026 });
  // A placement starts once the child is identified as needing care (within a month; or not yet).
  const needingCare = groups.find((g) => ['ABANDONED', 'ORPHANED_BOTH_PARENTS', 'WITHOUT_CARER'].includes(g.group));
  const careStarted = abandoned ? stepDate(reception, 'ALTERNATIVE_CARE') : needingCare ? followUp(random, needingCare.identifiedOn, 0, 30) : null;
  if (careStarted) writePlacement(child, profileId, careStarted);
  if (groups.length > 0) writeSupportPayments(child, profileId, groups);
  if (reception) writeAbandonmentCase(child, profileId, reception);
}

/** Monthly support for the three months before the reference date, each paid on the 10th and only once the child was identified. */
function writeSupportPayments(child: ChildContext, profileId: string, groups: CircumstanceGroup[]): void {
  const identified = Math.min(...groups.map((g) => g.identifiedOn.getTime()));
  for (const monthsBack of [3, 2, 1]) {
    const paidOn = new Date(Date.UTC(REFERENCE_DATE.getUTCFullYear(), REFERENCE_DATE.getUTCMonth() - monthsBack, 10));
    if (paidOn.getTime() <= identified) continue;
    const period = paidOn.toISOString().slice(0, 7);
    child.sink.push('protection', 'SupportPayment', { id: child.id(`payment-${period}`), profileId, scheme: 'Trợ cấp xã hội hằng tháng (Nghị định 20/2021, 76/2024)', period, amountVnd: child.age < 4 ? 1_250_000 : 750_000, paidOn });
  }
}

function writePlacement(child: ChildContext, profileId: string, startedOn: Date): void {
  const { random, family, abandoned } = child;
  const kind = abandoned ? random.weighted(['FOSTER_FAMILY', 'SOCIAL_PROTECTION_FACILITY', 'TEMPORARY'], [0.5, 0.4, 0.1]) : random.weighted(['KINSHIP', 'FOSTER_FAMILY', 'SOCIAL_PROTECTION_FACILITY'], [0.7, 0.15, 0.15]);
  child.sink.push('protection', 'CarePlacement', stamped({
    id: child.id('placement'), profileId, kind, carerName: kind === 'SOCIAL_PROTECTION_FACILITY' ? `Trung tâm Công tác xã hội ${family.province.name}` : personName(random, 'FEMALE', family.ethnicity),
    carerRelationship: kind === 'KINSHIP' ? random.pick(['Bà nội', 'Bà ngoại', 'Cô', 'Dì', 'Chú']) : null, facilityName: kind === 'SOCIAL_PROTECTION_FACILITY' ? `Trung tâm Công tác xã hội ${family.province.name}` : null,
    startedOn, endedOn: null,
  }));
}

function writeAbandonmentCase(child: ChildContext, profileId: string, { foundAt, stepDone }: Reception): void {
  const { random, family, id } = child;
  const caseId = id('abandonment');
  child.sink.push('protection', 'AbandonmentCase', stamped({ id: caseId, profileId, foundAt, foundPlace: foundPlace(random, family), foundByName: personName(random, random.chance(0.5) ? 'MALE' : 'FEMALE', 'Kinh'), foundByKind: random.weighted(['HOSPITAL', 'RESIDENT', 'POLICE', 'COMMUNE'], [0.4, 0.4, 0.1, 0.1]), receivingCommuneCode: family.communeCode, verification: 'CHECKED', version: 1 }));
  for (const [step, due] of RECEPTION_STEPS) {
    child.sink.push('protection', 'ReceptionStep', touched({ id: id(`step-${step}`), caseId, step, dueOn: addDays(foundAt, due), completedOn: stepDone.get(step) ?? null, note: null }));
  }
}
