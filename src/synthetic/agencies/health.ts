/** HEALTH: the commune station's record, screenings, insurance, disability, HIV. */
import { classifyGrowth, DAYS_PER_MONTH, normalQuantile, valueAtZ, type GrowthSex } from '../../domain/growth-reference';
import { addDays, communeName, dayOfLife, daysAgo, daysBetween, linkRecord, REFERENCE_DATE, stamped, type ChildContext } from '../child-context';
import type { Circumstances } from '../circumstances';
import type { Random } from '../random';
import type { AgencyIdentity } from './agency-identity';
import { stepDate, type Reception } from './reception';

const DISABILITY_KINDS = ['Vận động', 'Nghe, nói', 'Nhìn', 'Thần kinh, tâm thần', 'Trí tuệ', 'Khác'];
/** Mean BMI-for-age z-score of the synthetic children: a few percent wasted, about one in eight school children overweight. */
const MEAN_BMI_Z = -0.2;

export function writeHealth(child: ChildContext, circumstances: Circumstances, reception: Reception | null, identity: () => AgencyIdentity): void {
  const { random, family, id, birthDate, age, abandoned, truth } = child;
  const { disability, hiv, pupilNeeded } = circumstances;
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
    // Under six: free from birth to the sixth birthday. Older: a card per calendar year; an expired one is last year's.
    const expired = age >= 6 && random.chance(0.05);
    const cardYear = REFERENCE_DATE.getUTCFullYear() - (expired ? 1 : 0);
    push('health', 'InsuranceCard', stamped({
      id: id('insurance'), patientId, cardNumber: `${age < 6 ? 'TE1' : 'HS4'}${family.province.code}${String(child.index + 1).padStart(10, '0')}`,
      validFrom: insuranceStep ?? (age < 6 ? birthDate : new Date(Date.UTC(cardYear, 0, 1))), validTo: age < 6 ? addDays(birthDate, 6 * 365 + 1) : new Date(Date.UTC(cardYear, 11, 31)), freeUnderSix: age < 6,
    }));
  }
  if (disability) {
    push('health', 'Disability', stamped({ id: id('disability'), patientId, detectedOn: disability.detectedOn, kind: random.pick(DISABILITY_KINDS), certificateLevel: disability.level, certifiedOn: disability.certifiedOn }));
  }
  if (hiv) push('health', 'HivStatus', stamped({ id: id('hiv'), patientId, status: hiv.status, onTreatment: hiv.status === 'POSITIVE' && random.chance(0.9), recordedOn: hiv.recordedOn }));
}

/**
 * The newborn screening, and a periodic (or school) one for children past their first year. Each
 * draws the child's z-scores against the WHO references (growth-reference.ts) and records the
 * height and weight they give; the status is what the station's classification makes of those.
 */
function writeScreenings(child: ChildContext, patientId: string, pupilNeeded: boolean): void {
  const { random, rates, family, id, birthDate, age, minority, sex } = child;
  const facility = { facilityCode: `TYT${family.communeCode}`, facilityName: `Trạm Y tế ${communeName(family)}` };
  // Height-for-age z-scores centred so that the stunting rate's share falls below -2 (more among
  // minority and poor families). School-age children are assumed half as often stunted as
  // under-fives: an assumption of this synthetic world, not a survey figure.
  const stuntedShare = Math.min(0.9, rates.stunting * (age < 5 ? 1 : 0.5) * (minority ? 1.6 : 1) * (family.poverty ? 1.4 : 1));
  const meanHeightZ = -2 - normalQuantile(stuntedShare);
  const screening = (kind: string, on: Date, n: number, heightZ: number) => {
    const ageMonths = Math.max(0, daysBetween(birthDate, on)) / DAYS_PER_MONTH;
    const measured = drawMeasurements(sex, ageMonths, heightZ, MEAN_BMI_Z + normal(random));
    const nutrition = classifyGrowth(sex, ageMonths, measured.heightCm, measured.weightKg).status;
    child.sink.push('health', 'Screening', stamped({
      id: id(`screening-${n}`), patientId, screenedOn: on, ...facility, kind, ...measured, nutritionStatus: nutrition,
      vaccinationComplete: random.chance(minority ? 0.8 : 0.92), findings: nutrition === 'NORMAL' ? null : 'Theo dõi dinh dưỡng',
      referredTo: nutrition === 'WASTED' ? `Bệnh viện Nhi ${family.province.name}` : null,
    }));
  };
  // At birth length follows the standard; growth faltering shows from the first months on.
  screening('NEWBORN', dayOfLife(child, 1, 5), 0, normal(random));
  if (age >= 1) screening(age >= 6 && pupilNeeded ? 'SCHOOL' : 'PERIODIC', daysAgo(child, 10, 330), 1, meanHeightZ + normal(random));
}

/** Height (to 0.1 cm) and weight (to 0.01 kg) of a child with these z-scores, kept within ±3.5 (the LMS curves bend away beyond). */
function drawMeasurements(sex: GrowthSex, ageMonths: number, heightZ: number, bmiZ: number): { heightCm: number; weightKg: number } {
  const within = (z: number) => Math.max(-3.5, Math.min(3.5, z));
  const height = valueAtZ('HEIGHT', sex, ageMonths, within(heightZ));
  const bmi = valueAtZ('BMI', sex, ageMonths, within(bmiZ));
  return { heightCm: Math.round(height * 10) / 10, weightKg: Math.round(bmi * (height / 100) ** 2 * 100) / 100 };
}

/** A standard normal draw (Box-Muller). */
function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}
