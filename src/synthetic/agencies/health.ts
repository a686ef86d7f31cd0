/** HEALTH: the commune station's record, screenings, insurance, disability, HIV. */
import { addDays, communeName, daysBetween, linkRecord, REFERENCE_DATE, stamped, type ChildContext } from '../child-context';
import type { Circumstances } from '../circumstances';
import type { AgencyIdentity } from './agency-identity';
import { stepDate, type Reception } from './reception';

const DISABILITY_KINDS = ['Vận động', 'Nghe, nói', 'Nhìn', 'Thần kinh, tâm thần', 'Trí tuệ', 'Khác'];

export function writeHealth(child: ChildContext, circumstances: Circumstances, reception: Reception | null, identity: () => AgencyIdentity): void {
  const { random, family, id, birthDate, ageDays, age, abandoned, truth } = child;
  const { disabilityLevel, hiv, pupilNeeded } = circumstances;
  const knownToHealth = random.chance(0.96) || (truth.planted.noBirthRegistration && !pupilNeeded) || abandoned;
  if (!knownToHealth) return;
  const push = child.sink.push.bind(child.sink);
  const patientId = id('patient');
  const patientIdentity = identity();
  push('health', 'Patient', stamped({ id: patientId, recordNumber: `${family.communeCode}-${String(child.index + 1).padStart(8, '0')}`, childId: child.childId, ...patientIdentity.fields, version: 1 }));
  linkRecord(child, 'HEALTH', 'health.Patient', patientId, patientIdentity.truth);
  writeScreenings(child, patientId, pupilNeeded);
  const insuranceStep = stepDate(reception, 'HEALTH_INSURANCE');
  if (insuranceStep !== null && random.chance(age < 6 ? 0.99 : 0.9)) {
    const validFrom = insuranceStep ?? (age < 6 ? birthDate : new Date(Date.UTC(2026, 0, 1)));
    const expired = age >= 6 && random.chance(0.05);
    push('health', 'InsuranceCard', stamped({
      id: id('insurance'), patientId, cardNumber: `${age < 6 ? 'TE1' : 'HS4'}${family.province.code}${String(child.index + 1).padStart(10, '0')}`,
      validFrom, validTo: age < 6 ? addDays(birthDate, 6 * 365 + 1) : expired ? new Date(Date.UTC(2025, 11, 31)) : new Date(Date.UTC(2026, 11, 31)), freeUnderSix: age < 6,
    }));
  }
  if (disabilityLevel !== undefined) {
    const detectedOn = addDays(birthDate, Math.min(ageDays, random.int(30, 1500)));
    push('health', 'Disability', stamped({ id: id('disability'), patientId, detectedOn, kind: random.pick(DISABILITY_KINDS), certificateLevel: disabilityLevel, certifiedOn: disabilityLevel ? addDays(detectedOn, Math.min(daysBetween(detectedOn, REFERENCE_DATE), random.int(30, 200))) : null }));
  }
  if (hiv) push('health', 'HivStatus', stamped({ id: id('hiv'), patientId, status: hiv, onTreatment: hiv === 'POSITIVE' && random.chance(0.9), recordedOn: addDays(birthDate, Math.min(ageDays, random.int(40, 500))) }));
}

/** The newborn screening, and a periodic (or school) one for children past their first year. */
function writeScreenings(child: ChildContext, patientId: string, pupilNeeded: boolean): void {
  const { random, rates, family, id, birthDate, ageDays, age, minority } = child;
  const facility = { facilityCode: `TYT${family.communeCode}`, facilityName: `Trạm Y tế ${communeName(family)}` };
  const stunted = age < 5 && random.chance(rates.stunting * (minority ? 1.6 : 1) * (family.poverty ? 1.4 : 1));
  const screening = (kind: string, on: Date, n: number) => {
    const years = Math.max(0, daysBetween(birthDate, on) / 365.25);
    const height = Math.round((50 + 25 * Math.min(years, 1) + 7 * Math.max(0, years - 1) - (stunted ? 6 : 0) + random.int(-3, 3)) * 10) / 10;
    const weight = Math.round((3.2 + 6.5 * Math.min(years, 1) + 2.4 * Math.max(0, years - 1) - (stunted ? 1.2 : 0) + random.int(-5, 5) / 10) * 100) / 100;
    const nutrition = stunted ? 'STUNTED' : random.chance(0.05) ? 'WASTED' : random.chance(0.06) ? 'OVERWEIGHT' : 'NORMAL';
    child.sink.push('health', 'Screening', stamped({
      id: id(`screening-${n}`), patientId, screenedOn: on, ...facility, kind, heightCm: height, weightKg: weight, nutritionStatus: nutrition,
      vaccinationComplete: random.chance(minority ? 0.8 : 0.92), findings: nutrition === 'NORMAL' ? null : 'Theo dõi dinh dưỡng',
      referredTo: nutrition === 'WASTED' ? `Bệnh viện Nhi ${family.province.name}` : null,
    }));
  };
  screening('NEWBORN', addDays(birthDate, Math.min(ageDays, random.int(1, 5))), 0);
  if (age >= 1) screening(age >= 6 && pupilNeeded ? 'SCHOOL' : 'PERIODIC', addDays(REFERENCE_DATE, -random.int(10, 330)), 1);
}
