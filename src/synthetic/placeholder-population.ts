/**
 * A small deterministic population that touches every record kind of every subgraph, so that
 * `npm start` shows a working graph. The realistic generator with planted known answers
 * replaces it (issue 3); keep this one simple.
 */
import type { Prisma as Civil } from '../generated/prisma/civil/client';
import type { Prisma as Education } from '../generated/prisma/education/client';
import type { Prisma as Health } from '../generated/prisma/health/client';
import type { Prisma as Identity } from '../generated/prisma/identity/client';
import type { Prisma as Protection } from '../generated/prisma/protection/client';
import type { Prisma as Registry } from '../generated/prisma/registry/client';
import { communesOf, PROVINCES } from '../shared/admin-units';
import { formatPersonalId } from '../shared/personal-id';
import { foldVietnamese } from '../shared/vietnamese';
import { familyNameOf, vietnameseName, type Sex } from './names';
import { Random, stableUuid } from './random';

/** Ages are computed against a fixed date so the same seed gives the same data on any day. */
export const REFERENCE_DATE = new Date(Date.UTC(2026, 10, 1));
export const SCHOOL_YEAR = '2025-2026';

export interface Population {
  registry: { masterChild: Registry.MasterChildCreateManyInput[]; recordLink: Registry.RecordLinkCreateManyInput[] };
  identity: {
    household: Identity.HouseholdCreateManyInput[];
    person: Identity.PersonCreateManyInput[];
    residence: Identity.ResidenceCreateManyInput[];
    householdMember: Identity.HouseholdMemberCreateManyInput[];
    guardian: Identity.GuardianCreateManyInput[];
  };
  civil: { birthRegistration: Civil.BirthRegistrationCreateManyInput[]; adoption: Civil.AdoptionCreateManyInput[]; adoptiveParent: Civil.AdoptiveParentCreateManyInput[] };
  education: {
    school: Education.SchoolCreateManyInput[];
    enrollment: Education.EnrollmentCreateManyInput[];
    attendanceSummary: Education.AttendanceSummaryCreateManyInput[];
    dropoutFlag: Education.DropoutFlagCreateManyInput[];
  };
  health: {
    screening: Health.ScreeningCreateManyInput[];
    disability: Health.DisabilityCreateManyInput[];
    insuranceCard: Health.InsuranceCardCreateManyInput[];
    hivStatus: Health.HivStatusCreateManyInput[];
  };
  protection: {
    specialCircumstance: Protection.SpecialCircumstanceCreateManyInput[];
    carePlacement: Protection.CarePlacementCreateManyInput[];
    supportPayment: Protection.SupportPaymentCreateManyInput[];
    householdPoverty: Protection.HouseholdPovertyCreateManyInput[];
    abandonmentCase: Protection.AbandonmentCaseCreateManyInput[];
    receptionStep: Protection.ReceptionStepCreateManyInput[];
  };
}

const DAY = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const ETHNICITIES = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'H\'Mông'];
const LEVEL_GRADES = { PRESCHOOL: [0], PRIMARY: [1, 2, 3, 4, 5], LOWER_SECONDARY: [6, 7, 8, 9], UPPER_SECONDARY: [10, 11, 12] } as const;
type Level = keyof typeof LEVEL_GRADES;

export function placeholderPopulation(children: number, seed = 1): Population {
  const random = new Random(`placeholder:${seed}`);
  const pop: Population = {
    registry: { masterChild: [], recordLink: [] },
    identity: { household: [], person: [], residence: [], householdMember: [], guardian: [] },
    civil: { birthRegistration: [], adoption: [], adoptiveParent: [] },
    education: { school: [], enrollment: [], attendanceSummary: [], dropoutFlag: [] },
    health: { screening: [], disability: [], insuranceCard: [], hivStatus: [] },
    protection: { specialCircumstance: [], carePlacement: [], supportPayment: [], householdPoverty: [], abandonmentCase: [], receptionStep: [] },
  };
  const schoolOf = new Map<string, string>();
  const school = (communeCode: string, provinceCode: string, level: Level): string => {
    const key = `${communeCode}:${level}`;
    let code = schoolOf.get(key);
    if (!code) {
      code = `${communeCode}${['MN', 'TH', 'THCS', 'THPT'][Object.keys(LEVEL_GRADES).indexOf(level)]}`;
      const label = { PRESCHOOL: 'Trường Mầm non', PRIMARY: 'Trường Tiểu học', LOWER_SECONDARY: 'Trường THCS', UPPER_SECONDARY: 'Trường THPT' }[level];
      pop.education.school.push({ code, name: `${label} ${code}`, level, provinceCode, communeCode });
      schoolOf.set(key, code);
    }
    return code;
  };
  const link = (childId: string, agency: Registry.RecordLinkCreateManyInput['agency'], recordKind: string, sourceRecordId: string) =>
    pop.registry.recordLink.push({ id: stableUuid('link', recordKind, sourceRecordId), childId, agency, recordKind, sourceRecordId, method: 'SEED_TRUTH', score: null });

  for (let i = 0; i < children; i++) {
    const childId = `c_${stableUuid('child', seed, i)}`;
    const province = random.weighted(PROVINCES, PROVINCES.map((p) => p.weight));
    const commune = random.pick(communesOf(province.code));
    const sex: Sex = random.chance(0.51) ? 'MALE' : 'FEMALE';
    const ageDays = random.int(0, 16 * 365 - 1);
    const birthDate = new Date(Math.floor((REFERENCE_DATE.getTime() - ageDays * DAY) / DAY) * DAY);
    const birthYear = birthDate.getUTCFullYear();
    const age = Math.floor(ageDays / 365.25);
    const fullName = vietnameseName(random, sex);
    const personalId = random.chance(0.95) ? formatPersonalId(`0${province.code}`, sex, birthYear, i + 1) : null;
    const address = `Số ${random.int(1, 200)}, thôn ${random.int(1, 12)}, ${commune.name}`;
    const abandoned = random.chance(0.01);
    const motherName = abandoned ? null : vietnameseName(random, 'FEMALE');
    const fatherName = abandoned ? null : vietnameseName(random, 'MALE', familyNameOf(fullName));

    pop.registry.masterChild.push({
      id: childId, personalId, fullName, searchName: foldVietnamese(fullName), birthDate, birthYear, sex,
      provinceCode: province.code, communeCode: commune.code,
    });

    // POLICE: person, residence, household, guardians.
    const personId = stableUuid('person', seed, i);
    const householdId = stableUuid('household', seed, i);
    pop.identity.household.push({
      id: householdId, householdNumber: `${commune.code}-${String(i + 1).padStart(7, '0')}`, headName: fatherName ?? motherName ?? fullName,
      provinceCode: province.code, communeCode: commune.code, address,
    });
    pop.identity.person.push({ id: personId, childId, personalId, fullName, birthDate, sex, ethnicity: random.pick(ETHNICITIES), householdId });
    pop.identity.residence.push({
      id: stableUuid('residence', seed, i), personId, kind: 'PERMANENT', provinceCode: province.code, communeCode: commune.code, address, registeredOn: birthDate,
    });
    pop.identity.householdMember.push({ id: stableUuid('member', seed, i, 'child'), householdId, fullName, relationToHead: 'Con', birthYear, personalId, childId });
    link(childId, 'POLICE', 'identity.Person', personId);
    for (const [name, relationship, rel] of [[fatherName, 'FATHER', 'Chủ hộ'], [motherName, 'MOTHER', 'Vợ']] as const) {
      if (!name) continue;
      pop.identity.householdMember.push({ id: stableUuid('member', seed, i, relationship), householdId, fullName: name, relationToHead: rel, birthYear: birthYear - random.int(20, 40), personalId: null, childId: null });
      pop.identity.guardian.push({ id: stableUuid('guardian', seed, i, relationship), personId, fullName: name, relationship, personalId: null, phone: `09${random.int(10000000, 99999999)}`, isLegalGuardian: true });
    }

    // JUSTICE: birth registration (most children), late for some; adoption for a few.
    if (random.chance(0.93)) {
      const delay = random.chance(0.1) ? random.int(61, 900) : random.int(1, 60);
      const registeredOn = addDays(birthDate, Math.min(delay, ageDays));
      const id = stableUuid('birth', seed, i);
      pop.civil.birthRegistration.push({
        id, childId, registrationNumber: String(i + 1), registerBook: `${birthYear}-01`, registeredOn, registeringCommuneCode: commune.code,
        fullName, birthDate, sex, placeOfBirth: `Trạm Y tế ${commune.name}`, personalId, motherName, fatherName,
        isLate: registeredOn.getTime() - birthDate.getTime() > 60 * DAY, registeredAsAbandoned: abandoned,
      });
      link(childId, 'JUSTICE', 'civil.BirthRegistration', id);
    }
    if (random.chance(0.005) || (abandoned && random.chance(0.3))) {
      const id = stableUuid('adoption', seed, i);
      const appliedOn = addDays(birthDate, random.int(30, Math.max(31, ageDays)));
      pop.civil.adoption.push({ id, childId, status: 'APPROVED', kind: 'DOMESTIC', appliedOn, approvedOn: addDays(appliedOn, 45), authorityCode: commune.code });
      pop.civil.adoptiveParent.push({ id: stableUuid('adoptive-parent', seed, i), adoptionId: id, fullName: vietnameseName(random, 'FEMALE'), nationality: 'VN' });
      link(childId, 'JUSTICE', 'civil.Adoption', id);
    }

    // EDUCATION: enrollment by age, attendance, an occasional dropout.
    if (age >= 3 && age <= 15 && random.chance(0.95)) {
      const level: Level = age <= 5 ? 'PRESCHOOL' : age <= 10 ? 'PRIMARY' : age <= 14 ? 'LOWER_SECONDARY' : 'UPPER_SECONDARY';
      const grade = level === 'PRESCHOOL' ? 0 : Math.min(12, age - 5);
      const droppedOut = age >= 11 && random.chance(0.04);
      const id = stableUuid('enrollment', seed, i);
      pop.education.enrollment.push({
        id, childId, schoolCode: school(commune.code, province.code, level), studentCode: `HS${String(i + 1).padStart(8, '0')}`,
        schoolYear: SCHOOL_YEAR, grade, status: droppedOut ? 'DROPPED_OUT' : 'ENROLLED', enrolledOn: new Date(Date.UTC(2025, 8, 5)),
        endedOn: droppedOut ? new Date(Date.UTC(2026, 2, 15)) : null,
      });
      const absent = droppedOut ? random.int(20, 45) : random.int(0, 8);
      pop.education.attendanceSummary.push({ id: stableUuid('attendance', seed, i), enrollmentId: id, term: 'HK1', schoolDays: 90, daysAbsent: absent, daysExcused: Math.min(absent, random.int(0, 3)) });
      if (droppedOut || absent > 15) {
        pop.education.dropoutFlag.push({ id: stableUuid('dropout', seed, i), enrollmentId: id, flaggedOn: new Date(Date.UTC(2026, 0, 10)), reason: 'CHRONIC_ABSENCE', note: null });
      }
      link(childId, 'EDUCATION', 'education.Enrollment', id);
    }

    // HEALTH: a screening, insurance, the rare disability or HIV record.
    const screeningId = stableUuid('screening', seed, i);
    pop.health.screening.push({
      id: screeningId, childId, screenedOn: addDays(birthDate, Math.min(ageDays, random.int(0, 365))), facilityCode: `TYT${commune.code}`,
      facilityName: `Trạm Y tế ${commune.name}`, kind: age < 1 ? 'NEWBORN' : 'PERIODIC', heightCm: 50 + age * 6 + random.int(0, 10),
      weightKg: 3 + age * 2.5 + random.int(0, 4), nutritionStatus: random.chance(0.12) ? 'STUNTED' : 'NORMAL', vaccinationComplete: random.chance(0.9),
    });
    link(childId, 'HEALTH', 'health.Screening', screeningId);
    const cardId = stableUuid('card', seed, i);
    pop.health.insuranceCard.push({
      id: cardId, childId, cardNumber: `TE1${province.code}${String(i + 1).padStart(10, '0')}`, validFrom: birthDate,
      validTo: age < 6 ? addDays(birthDate, 6 * 365) : new Date(Date.UTC(2026, 11, 31)), freeUnderSix: age < 6,
    });
    if (random.chance(0.02)) {
      pop.health.disability.push({ id: stableUuid('disability', seed, i), childId, detectedOn: addDays(birthDate, random.int(0, ageDays)), kind: 'Vận động', certificateLevel: random.pick(['MILD', 'SEVERE', 'ESPECIALLY_SEVERE'] as const) });
    }
    if (random.chance(0.002)) {
      pop.health.hivStatus.push({ id: stableUuid('hiv', seed, i), childId, status: 'POSITIVE', onTreatment: true, recordedOn: addDays(birthDate, 30) });
    }

    // SOCIAL: special circumstances, poverty, abandoned-child reception files.
    if (random.chance(0.08)) {
      pop.protection.householdPoverty.push({ id: stableUuid('poverty', seed, i), childId, level: random.chance(0.5) ? 'POOR' : 'NEAR_POOR', year: 2026 });
    }
    if (abandoned) {
      const caseId = stableUuid('abandonment', seed, i);
      const foundAt = addDays(birthDate, random.int(0, 10));
      pop.protection.abandonmentCase.push({
        id: caseId, childId, foundAt, foundPlace: `Cổng Bệnh viện ${province.name}`, foundByName: vietnameseName(random, 'FEMALE'),
        foundByKind: 'HOSPITAL', receivingCommuneCode: commune.code,
      });
      for (const [step, due] of [['RECEPTION', 0], ['HEALTH_SCREENING', 1], ['PUBLIC_NOTICE', 7], ['BIRTH_REGISTRATION', 30], ['HEALTH_INSURANCE', 45]] as const) {
        const dueOn = addDays(foundAt, due);
        pop.protection.receptionStep.push({ id: stableUuid('step', seed, i, step), caseId, step, dueOn, completedOn: random.chance(0.8) ? dueOn : null });
      }
      pop.protection.specialCircumstance.push({ id: stableUuid('circumstance', seed, i), childId, group: 'ABANDONED', identifiedOn: foundAt, communeCode: commune.code, verification: 'CHECKED' });
      pop.protection.carePlacement.push({ id: stableUuid('placement', seed, i), childId, kind: 'FOSTER_FAMILY', carerName: vietnameseName(random, 'FEMALE'), startedOn: addDays(foundAt, 14) });
      link(childId, 'SOCIAL', 'protection.AbandonmentCase', caseId);
    } else if (random.chance(0.03)) {
      const group = random.pick(['ORPHANED_BOTH_PARENTS', 'DISABLED', 'SERIOUS_ILLNESS_POOR_HOUSEHOLD', 'WITHOUT_CARER'] as const);
      const id = stableUuid('circumstance', seed, i);
      pop.protection.specialCircumstance.push({ id, childId, group, identifiedOn: addDays(birthDate, random.int(0, ageDays)), communeCode: commune.code });
      pop.protection.supportPayment.push({ id: stableUuid('payment', seed, i), childId, scheme: 'Trợ cấp xã hội hằng tháng (Nghị định 20/2021)', period: '2026-10', amountVnd: 900000, paidOn: new Date(Date.UTC(2026, 9, 10)) });
      link(childId, 'SOCIAL', 'protection.SpecialCircumstance', id);
    }
  }
  return pop;
}
