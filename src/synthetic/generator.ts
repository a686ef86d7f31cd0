/**
 * The deterministic synthetic population: families of 1-3 children drawn one family at a time
 * from a random stream seeded by (seed, family index), so the same N and seed give the same rows
 * byte for byte, and batches can be written as they are produced (memory stays flat at any N).
 */
import { communeOf, communesOf, PROVINCES, type Province } from '../shared/admin-units';
import { formatPersonalId } from '../shared/personal-id';
import { foldVietnamese } from '../shared/vietnamese';
import { emptyBatchRows, type BatchRows, type Row } from './batch';
import { PROVINCE_PROFILES } from './geography';
import { familyName, misspell, personName, type NameVariant, type Sex } from './names';
import { Random, sequentialIds } from './random';
import type { Rates } from './rates';
import type { DropoutCause, TruthRecord } from './truth';

/** Ages and "overdue" are computed against this date, not today, so the data never drifts. */
export const REFERENCE_DATE = new Date(Date.UTC(2026, 10, 1));
/** Every row's createdAt/updatedAt, so two runs produce identical tables. */
const STAMP = new Date(Date.UTC(2026, 10, 1, 8, 0, 0));
export const SCHOOL_YEAR = '2025-2026';
const PREVIOUS_SCHOOL_YEAR = '2024-2025';
const DAY = 86_400_000;

export interface GeneratorOptions {
  children: number;
  seed: number;
  rates: Rates;
  /** Restrict to these province codes (weights renormalised). */
  provinces?: readonly string[];
  /** Children per yielded batch. */
  batchSize?: number;
}

export interface PopulationBatch {
  rows: BatchRows;
  truth: TruthRecord[];
  children: number;
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / DAY);
const stamped = <T extends Row>(row: T): T => ({ ...row, createdAt: STAMP, updatedAt: STAMP });
/** The same for tables that keep only updatedAt (household members, reception steps). */
const touched = <T extends Row>(row: T): T => ({ ...row, updatedAt: STAMP });

type Level = 'PRESCHOOL' | 'PRIMARY' | 'LOWER_SECONDARY' | 'UPPER_SECONDARY';
const LEVEL_SUFFIX: Record<Level, string> = { PRESCHOOL: 'MN', PRIMARY: 'TH', LOWER_SECONDARY: 'THCS', UPPER_SECONDARY: 'THPT' };
const LEVEL_LABEL: Record<Level, string> = { PRESCHOOL: 'Trường Mầm non', PRIMARY: 'Trường Tiểu học', LOWER_SECONDARY: 'Trường THCS', UPPER_SECONDARY: 'Trường THPT' };
const levelOfGrade = (grade: number): Level => (grade === 0 ? 'PRESCHOOL' : grade <= 5 ? 'PRIMARY' : grade <= 9 ? 'LOWER_SECONDARY' : 'UPPER_SECONDARY');

const SENSITIVE_GROUPS = ['SEVERELY_HARMED_BY_VIOLENCE', 'SEXUALLY_ABUSED', 'TRAFFICKED', 'IN_CONFLICT_WITH_LAW', 'EXPLOITED', 'DRUG_ADDICTED'] as const;
const DISABILITY_KINDS = ['Vận động', 'Nghe, nói', 'Nhìn', 'Thần kinh, tâm thần', 'Trí tuệ', 'Khác'];
/** Reception steps of an abandoned child's file and their deadlines in days after the finding. */
const RECEPTION_STEPS: readonly [string, number][] = [
  ['RECEPTION', 0], ['FIRST_AID', 0], ['HEALTH_SCREENING', 1], ['HANDOVER', 3], ['PUBLIC_NOTICE', 7],
  ['ALTERNATIVE_CARE', 30], ['BIRTH_REGISTRATION', 40], ['RESIDENCE_REGISTRATION', 50], ['HEALTH_INSURANCE', 50],
];
/** Steps whose absence leaves the child without legal papers (the justice office's concern). */
const LEGAL_FILE_STEPS = ['BIRTH_REGISTRATION', 'RESIDENCE_REGISTRATION', 'HEALTH_INSURANCE'];

interface Parent {
  name: string;
  birthYear: number;
}

interface Family {
  index: number;
  province: Province;
  communeCode: string;
  ethnicity: string;
  poverty: 'POOR' | 'NEAR_POOR' | null;
  father: Parent | null;
  mother: Parent | null;
  householdId: string;
  address: string;
}

interface Namesake {
  childId: string;
  fullName: string;
  birthDate: Date;
  sex: Sex;
  province: Province;
  communeCode: string;
}

export function* generatePopulation(options: GeneratorOptions): Generator<PopulationBatch> {
  const { rates, seed } = options;
  const provinces = options.provinces?.length ? PROVINCES.filter((p) => options.provinces!.includes(p.code)) : PROVINCES;
  const batchSize = options.batchSize ?? 2000;
  const serials = new Map<string, number>();
  const schoolsWritten = new Set<string>();
  let batch: PopulationBatch = { rows: emptyBatchRows(), truth: [], children: 0 };
  let childIndex = 0;
  // The first child of the previous family: the next family may plant a namesake of it.
  const last: { firstChild: Namesake | null } = { firstChild: null };

  const nextSerial = (prefix: string) => {
    const serial = (serials.get(prefix) ?? 0) + 1;
    serials.set(prefix, serial);
    return serial;
  };
  const push = (subgraph: keyof BatchRows, table: string, row: Row) => batch.rows[subgraph][table].push(row);
  const schoolFor = (family: Family, grade: number): string => {
    const level = levelOfGrade(grade);
    // Upper-secondary schools serve several communes: one per group of four, by commune order.
    const communes = communesOf(family.province.code);
    const host = level === 'UPPER_SECONDARY' ? communes[Math.floor(communes.findIndex((c) => c.code === family.communeCode) / 4) * 4] : communeOf(family.communeCode)!;
    const code = `${host.code}${LEVEL_SUFFIX[level]}`;
    if (!schoolsWritten.has(code)) {
      schoolsWritten.add(code);
      push('education', 'School', { code, name: `${LEVEL_LABEL[level]} ${host.name.replace(/^(Xã|Phường|Đặc khu) /, '')}`, level, provinceCode: family.province.code, communeCode: host.code });
    }
    return code;
  };

  for (let familyIndex = 0; childIndex < options.children; familyIndex++) {
    const random = new Random(`${seed}:family:${familyIndex}`);
    const familyIds = sequentialIds(seed, familyIndex, 'family');
    const abandonedFamily = random.chance(rates.abandoned);
    const namesake: Namesake | null = !abandonedFamily && last.firstChild && random.chance(rates.namesake) ? last.firstChild : null;
    const province: Province = namesake?.province ?? random.weighted(provinces, provinces.map((p) => p.weight));
    const profile = PROVINCE_PROFILES[province.code];
    const communes = communesOf(province.code);
    const otherCommunes = namesake ? communes.filter((c) => c.code !== namesake.communeCode) : communes;
    const commune = random.pick(otherCommunes.length ? otherCommunes : communes);
    const ethnicity = random.chance(profile.minorityShare) ? random.pick(profile.minorities) : 'Kinh';
    const minority = ethnicity !== 'Kinh';
    const povertyDraw = random.next();
    const poverty = povertyDraw < profile.poorRate * (minority ? 1.5 : 1) ? 'POOR' : povertyDraw < (profile.poorRate + profile.nearPoorRate) * (minority ? 1.5 : 1) ? 'NEAR_POOR' : null;
    const fatherFamily = familyName(random, ethnicity);
    const family: Family = {
      index: familyIndex,
      province,
      communeCode: commune.code,
      ethnicity,
      poverty,
      father: abandonedFamily ? null : { name: personName(random, 'MALE', ethnicity, fatherFamily), birthYear: random.int(1975, 2000) },
      mother: abandonedFamily ? null : { name: personName(random, 'FEMALE', ethnicity), birthYear: random.int(1978, 2003) },
      householdId: familyIds('household'),
      address: `Số ${random.int(1, 250)}, ${random.chance(0.5) ? 'thôn' : 'tổ'} ${random.int(1, 15)}, ${commune.name}`,
    };
    const size = abandonedFamily ? 1 : random.weighted([1, 2, 3], rates.siblings);
    const firstAgeDays = random.int(0, 16 * 365 - 1);
    const memberRows: Row[] = [];
    if (!abandonedFamily) {
      for (const [parent, relation] of [[family.father, 'Chủ hộ'], [family.mother, 'Vợ']] as const) {
        memberRows.push(touched({ id: familyIds(`member:${relation}`), householdId: family.householdId, fullName: parent!.name, relationToHead: relation, birthYear: parent!.birthYear, personalId: null, childId: null }));
      }
    }
    let householdWritten = false;
    for (let k = 0; k < size && childIndex < options.children; k++) {
      const ageDays = k === 0 ? firstAgeDays : firstAgeDays - k * random.int(540, 1500);
      if (ageDays < 0) break;
      const sex: Sex = namesake && k === 0 ? namesake.sex : random.chance(0.512) ? 'MALE' : 'FEMALE';
      const birthDate: Date = namesake && k === 0 ? namesake.birthDate : new Date(REFERENCE_DATE.getTime() - ageDays * DAY);
      const fullName: string = namesake && k === 0 ? namesake.fullName : personName(random, sex, ethnicity, abandonedFamily ? familyName(random, 'Kinh') : fatherFamily);
      const child = generateChild({ random, family, childIndex, sex, birthDate, fullName, abandoned: abandonedFamily, namesakeOf: k === 0 ? namesake?.childId : undefined });
      if (k === 0) last.firstChild = { childId: child.childId, fullName, birthDate, sex, province, communeCode: family.communeCode };
      if (child.inHousehold && !householdWritten) {
        householdWritten = true;
        push('identity', 'Household', stamped({ id: family.householdId, householdNumber: `${family.communeCode}-${String(familyIndex + 1).padStart(8, '0')}`, headName: family.father?.name ?? fullName, provinceCode: province.code, communeCode: family.communeCode, address: family.address }));
      }
      if (child.inHousehold) memberRows.push(touched({ id: familyIds(`member:${k}`), householdId: family.householdId, fullName, relationToHead: 'Con', birthYear: birthDate.getUTCFullYear(), personalId: child.personalId, childId: child.childId }));
      childIndex++;
      batch.children++;
      if (batch.children >= batchSize) {
        if (householdWritten) batch.rows.identity.HouseholdMember.push(...memberRows.splice(0));
        yield batch;
        batch = { rows: emptyBatchRows(), truth: [], children: 0 };
      }
    }
    // Members follow their household; a household split across batches writes members in the later batch.
    if (householdWritten) batch.rows.identity.HouseholdMember.push(...memberRows);
  }
  if (batch.children > 0 || Object.values(batch.rows).some((tables) => Object.values(tables).some((rows) => rows.length))) yield batch;

  interface ChildInput {
    random: Random;
    family: Family;
    childIndex: number;
    sex: Sex;
    birthDate: Date;
    fullName: string;
    abandoned: boolean;
    namesakeOf?: string;
  }

  function generateChild(input: ChildInput): { childId: string; personalId: string | null; inHousehold: boolean } {
    const { random, family, childIndex: i, sex, birthDate, fullName, abandoned } = input;
    const id = sequentialIds(seed, i, 'child');
    const childId = `c_${id('master')}`;
    const ageDays = daysBetween(birthDate, REFERENCE_DATE);
    const age = Math.floor(ageDays / 365.25);
    const birthYear = birthDate.getUTCFullYear();
    const minority = family.ethnicity !== 'Kinh';
    const truth: TruthRecord = {
      childId, personalId: null, fullName, birthDate: isoDate(birthDate), sex, ethnicity: family.ethnicity, specialCircumstances: [],
      provinceCode: family.province.code, communeCode: family.communeCode, records: [], planted: {},
    };
    if (input.namesakeOf) truth.planted.namesakeOf = input.namesakeOf;
    const link = (agency: TruthRecord['records'][number]['agency'], kind: string, recordId: string, extra: { hasPersonalId: boolean; nameVariant?: string | null; birthDateVariant?: boolean }) => {
      truth.records.push({ agency, kind, id: recordId, hasPersonalId: extra.hasPersonalId, nameVariant: extra.nameVariant ?? null, birthDateVariant: extra.birthDateVariant ?? false });
      push('registry', 'RecordLink', { id: id(`link:${kind}`), childId, agency, recordKind: kind, sourceRecordId: recordId, method: 'SEED_TRUTH', score: null, linkedAt: STAMP, syncedAt: STAMP });
    };

    // Abandoned children: the reception file decides which legal steps happened.
    const foundAt = abandoned ? new Date(birthDate.getTime() + random.int(0, 5) * DAY + random.int(6, 22) * 3_600_000) : null;
    const stepDone = new Map<string, Date | null>();
    if (foundAt) {
      truth.planted.abandoned = true;
      const incomplete = random.chance(rates.abandonedIncomplete);
      const troubled = incomplete ? random.pick(LEGAL_FILE_STEPS) : null;
      const stuck = incomplete && random.chance(0.5);
      for (const [step, due] of RECEPTION_STEPS) {
        const dueOn = addDays(foundAt, due);
        const notYetDue = dueOn > REFERENCE_DATE;
        let done: Date | null = notYetDue ? null : addDays(dueOn, -random.int(0, Math.min(due, 3)));
        if (step === troubled) done = stuck ? null : addDays(dueOn, random.int(20, 300));
        if (done && done > REFERENCE_DATE) done = null;
        stepDone.set(step, done);
      }
      if (troubled && !(addDays(foundAt, RECEPTION_STEPS.find(([s]) => s === troubled)![1]) > REFERENCE_DATE)) {
        truth.planted.abandonedIncompleteFile = { stage: stuck ? 'STUCK' : 'LATE', step: troubled };
      }
    }
    const stepDate = (step: string) => (foundAt ? (stepDone.get(step) ?? null) : undefined);

    // JUSTICE: birth registration, late for some, missing for a planted few the other agencies know.
    const unregistered = abandoned ? stepDate('BIRTH_REGISTRATION') === null : random.chance(rates.noBirthRegistration * (minority ? 2 : 1));
    if (unregistered && !abandoned) truth.planted.noBirthRegistration = true;
    let registeredOn: Date | null = null;
    if (!unregistered) {
      if (abandoned) registeredOn = stepDate('BIRTH_REGISTRATION')!;
      else if (random.chance(rates.lateRegistration * (minority ? 1.5 : 1)) && ageDays > 61) registeredOn = addDays(birthDate, random.int(61, Math.min(ageDays, 1500)));
      else registeredOn = addDays(birthDate, Math.min(ageDays, random.int(3, 60)));
      if (daysBetween(birthDate, registeredOn) > 60) truth.planted.lateRegistration = true;
    }

    // Personal ID: issued with birth registration; a few are missing, a tiny share contradict the record.
    let personalId: string | null = null;
    if (registeredOn && !random.chance(rates.missingPersonalId)) {
      const prefix = random.pick(PROVINCE_PROFILES[family.province.code].legacyIdCodes);
      const inconsistent = random.chance(rates.inconsistentPersonalId);
      const idSex: Sex = inconsistent && random.chance(0.5) ? (sex === 'MALE' ? 'FEMALE' : 'MALE') : sex;
      const idYear = inconsistent && idSex === sex ? (birthYear === 2099 ? birthYear - 1 : birthYear + 1) : birthYear;
      personalId = formatPersonalId(prefix, idSex, idYear, nextSerial(`${prefix}${idSex}${idYear}`));
      if (inconsistent) truth.planted.inconsistentPersonalId = true;
    } else truth.planted.missingPersonalId = true;
    truth.personalId = personalId;

    const motherName = family.mother?.name ?? null;
    if (registeredOn) {
      const recordId = id('birth-registration');
      push('civil', 'BirthRegistration', stamped({
        id: recordId, childId, registrationNumber: String(nextSerial(`reg:${family.communeCode}:${registeredOn.getUTCFullYear()}`)),
        registerBook: `${registeredOn.getUTCFullYear()}/01`, registeredOn, registeringCommuneCode: family.communeCode, fullName, birthDate, sex,
        placeOfBirth: abandoned ? `Nơi phát hiện: ${foundPlace(random, family)}` : random.chance(0.9) ? `Bệnh viện Đa khoa ${family.province.name}` : `Trạm Y tế ${communeName(family)}`,
        personalId, motherName, motherPersonalId: null, fatherName: family.father?.name ?? null, fatherPersonalId: null,
        isLate: daysBetween(birthDate, registeredOn) > 60, registeredAsAbandoned: abandoned, version: 1,
      }));
      link('JUSTICE', 'civil.BirthRegistration', recordId, { hasPersonalId: personalId !== null });
      if (!abandoned ? random.chance(rates.adoption) : random.chance(0.3) && ageDays > 200) {
        const adoptionId = id('adoption');
        const appliedOn = addDays(registeredOn, random.int(30, Math.max(31, daysBetween(registeredOn, REFERENCE_DATE) - 120)));
        const notRegistered = random.chance(rates.adoptionNotRegistered);
        const status = notRegistered ? 'APPROVED' : random.weighted(['APPLIED', 'REGISTERED', 'REVOKED'], [0.15, 0.8, 0.05]);
        const approvedOn = status === 'APPLIED' ? null : addDays(appliedOn, random.int(30, 60));
        if (notRegistered) truth.planted.adoptionNotRegistered = true;
        push('civil', 'Adoption', stamped({
          id: adoptionId, birthRegistrationId: recordId, status, kind: random.chance(0.9) ? 'DOMESTIC' : 'INTERCOUNTRY', appliedOn, approvedOn,
          registeredOn: status === 'REGISTERED' || status === 'REVOKED' ? addDays(approvedOn!, random.int(5, 30)) : null,
          revokedOn: status === 'REVOKED' ? addDays(approvedOn!, random.int(200, 400)) : null,
          decisionNumber: approvedOn ? `${random.int(10, 999)}/QĐ-UBND` : null, authorityCode: family.communeCode, version: 1,
        }));
        push('civil', 'AdoptiveParent', { id: id('adoptive-parent'), adoptionId, fullName: personName(random, 'FEMALE', 'Kinh'), personalId: null, nationality: 'VN' });
      }
    }

    // POLICE: person, residence, household, guardians (unless not registered for residence).
    const noResidence = abandoned ? stepDate('RESIDENCE_REGISTRATION') === null : unregistered ? !random.chance(0.3) : random.chance(rates.noResidenceRegistration);
    if (noResidence) truth.planted.noResidenceRegistration = true;
    const inHousehold = !noResidence && !abandoned;
    if (!noResidence) {
      const personId = id('person');
      push('identity', 'Person', stamped({ id: personId, childId, personalId, fullName, birthDate, sex, ethnicity: family.ethnicity, nationality: 'VN', householdId: inHousehold ? family.householdId : null, version: 1 }));
      push('identity', 'Residence', stamped({ id: id('residence'), personId, kind: 'PERMANENT', provinceCode: family.province.code, communeCode: family.communeCode, address: abandoned ? `Cơ sở trợ giúp xã hội, ${communeName(family)}` : family.address, registeredOn: abandoned ? stepDate('RESIDENCE_REGISTRATION')! : registeredOn ?? addDays(birthDate, 30), endedOn: null }));
      if (random.chance(0.03)) push('identity', 'Residence', stamped({ id: id('residence-temp'), personId, kind: 'TEMPORARY', provinceCode: '79', communeCode: communesOf('79')[random.int(0, communesOf('79').length - 1)].code, address: `Phòng trọ số ${random.int(1, 40)}`, registeredOn: addDays(REFERENCE_DATE, -random.int(30, 700)), endedOn: null }));
      for (const [parent, relationship] of [[family.father, 'FATHER'], [family.mother, 'MOTHER']] as const) {
        if (parent) push('identity', 'Guardian', { id: id(`guardian-${relationship}`), personId, fullName: parent.name, relationship, personalId: null, phone: `0${random.pick(['9', '8', '3', '7'])}${random.int(10_000_000, 99_999_999)}`, isLegalGuardian: true });
      }
      link('POLICE', 'identity.Person', personId, { hasPersonalId: personalId !== null });
    }

    // Agencies' own subject records: their spelling, their copy of the personal ID.
    const agencyIdentity = () => {
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
        fields: { fullName: variant ? misspell(random, fullName, variant) : fullName, birthDate: recordBirthDate, sex, personalId: hasPersonalId ? personalId : null, communeCode: family.communeCode, motherName },
        truth: { hasPersonalId, nameVariant: variant, birthDateVariant: dateVariant },
      };
    };

    // SOCIAL: special circumstances and the household's poverty listing.
    const groups: { group: string; identifiedOn: Date; endedOn?: Date | null }[] = [];
    if (abandoned) groups.push({ group: 'ABANDONED', identifiedOn: foundAt! });
    if (!abandoned && age >= 1 && random.chance(rates.orphaned)) groups.push({ group: 'ORPHANED_BOTH_PARENTS', identifiedOn: addDays(birthDate, random.int(200, ageDays)) });
    if (!abandoned && random.chance(rates.withoutCarer)) groups.push({ group: 'WITHOUT_CARER', identifiedOn: addDays(REFERENCE_DATE, -random.int(30, 900)) });
    if (age >= 6 && random.chance(rates.sensitiveCircumstance)) groups.push({ group: random.pick(SENSITIVE_GROUPS), identifiedOn: addDays(REFERENCE_DATE, -random.int(10, 700)) });

    // HEALTH: disability and HIV first, since they shape schooling and social protection.
    const disabilityLevel = random.chance(rates.disability) ? (random.chance(0.8) ? random.weighted(['MILD', 'SEVERE', 'ESPECIALLY_SEVERE'], [0.5, 0.35, 0.15]) : null) : undefined;
    if (disabilityLevel === 'SEVERE' || disabilityLevel === 'ESPECIALLY_SEVERE') groups.push({ group: 'DISABLED', identifiedOn: addDays(birthDate, Math.min(ageDays, random.int(300, 2000))) });
    const hiv = random.chance(rates.hiv) ? (random.chance(0.8) ? 'POSITIVE' : 'EXPOSED') : null;
    if (hiv === 'POSITIVE') groups.push({ group: 'LIVING_WITH_HIV', identifiedOn: addDays(birthDate, Math.min(ageDays, random.int(60, 700))) });

    // EDUCATION: enrollment by age; dropouts concentrate among older, poorer, minority and special-circumstance children.
    const plantedRisk: DropoutCause[] = [];
    const schoolAge = age >= 3 && age <= 15;
    const special = groups.length > 0;
    let droppedOut = false;
    let pupilNeeded = false;
    if (schoolAge) {
      const baseEnrolled = age <= 5 ? 0.9 : age <= 10 ? 0.99 : age <= 14 ? 0.95 : 0.8;
      const enrolled = random.chance(baseEnrolled * (minority ? 0.95 : 1) * (family.poverty ? 0.95 : 1) * (disabilityLevel === 'ESPECIALLY_SEVERE' ? 0.5 : 1));
      const knownUnregistered = truth.planted.noBirthRegistration && age >= 6;
      if (enrolled || knownUnregistered) {
        pupilNeeded = true;
        if (age >= 11 && random.chance(rates.highDropoutRisk)) {
          plantedRisk.push('CHRONIC_ABSENCE');
          const extra = random.pick([['REPEATED_GRADE'], ['POOR_HOUSEHOLD'], ['DROPOUT_WARNING'], ['RECENT_TRANSFER'], ['REPEATED_GRADE', 'POOR_HOUSEHOLD'], ['SPECIAL_CIRCUMSTANCE']] as DropoutCause[][]);
          plantedRisk.push(...extra);
          if (extra.includes('REPEATED_GRADE')) plantedRisk.push('OVER_AGE');
          if (extra.includes('SPECIAL_CIRCUMSTANCE') && !special) groups.push({ group: 'SERIOUS_ILLNESS_POOR_HOUSEHOLD', identifiedOn: addDays(REFERENCE_DATE, -random.int(60, 400)) });
          if (extra.includes('POOR_HOUSEHOLD') && !family.poverty) family.poverty = 'POOR';
          truth.planted.highDropoutRisk = [...new Set(plantedRisk)];
        } else if (age >= 11) {
          const multiplier = (family.poverty ? 2.5 : 1) * (minority ? 2 : 1) * (special ? 3 : 1) * (age >= 14 ? 2 : 1);
          droppedOut = random.chance(0.008 * multiplier);
        }
      }
    }
    if (droppedOut && age >= 12 && family.poverty && random.chance(0.3)) groups.push({ group: 'DROPPED_OUT_TO_WORK', identifiedOn: addDays(REFERENCE_DATE, -random.int(30, 200)) });

    if (pupilNeeded) {
      const pupilId = id('pupil');
      const identity = agencyIdentity();
      push('education', 'Pupil', stamped({ id: pupilId, studentCode: `${family.province.code}${String(i + 1).padStart(8, '0')}`, childId, ...identity.fields, ethnicity: family.ethnicity, version: 1 }));
      link('EDUCATION', 'education.Pupil', pupilId, identity.truth);
      const repeated = plantedRisk.includes('REPEATED_GRADE');
      const transferred = plantedRisk.includes('RECENT_TRANSFER');
      const grade = age <= 5 ? 0 : Math.min(12, age - 5 - (repeated ? 1 : 0));
      const currentSchool = schoolFor(family, grade);
      const enrollmentId = id('enrollment');
      const chronic = plantedRisk.includes('CHRONIC_ABSENCE');
      push('education', 'Enrollment', stamped({
        id: enrollmentId, pupilId, schoolCode: currentSchool, schoolYear: SCHOOL_YEAR, grade, status: droppedOut ? 'DROPPED_OUT' : 'ENROLLED',
        enrolledOn: transferred ? new Date(Date.UTC(2026, 0, random.int(5, 25))) : new Date(Date.UTC(2025, 8, 5)),
        endedOn: droppedOut ? new Date(Date.UTC(2026, random.int(0, 4), random.int(1, 28))) : null, version: 1,
      }));
      const absent = chronic ? random.int(20, 36) : droppedOut ? random.int(12, 40) : random.int(0, 6);
      push('education', 'AttendanceSummary', { id: id('attendance-hk1'), enrollmentId, term: 'HK1', schoolDays: 90, daysAbsent: absent, daysExcused: Math.min(absent, random.int(0, 2)) });
      if (plantedRisk.includes('DROPOUT_WARNING') || (droppedOut && random.chance(0.6))) {
        push('education', 'DropoutFlag', { id: id('dropout-flag'), enrollmentId, flaggedOn: new Date(Date.UTC(2026, 0, random.int(5, 28))), reason: family.poverty ? 'FAMILY_ECONOMIC' : 'CHRONIC_ABSENCE', note: null, resolvedOn: null });
      }
      if (grade >= 1 && age >= 7) {
        const previousGrade = repeated ? grade : grade - 1;
        const previousId = id('enrollment-previous');
        // A transfer: last year the pupil studied in another commune of the province.
        const previousSchool = schoolFor(transferred ? { ...family, communeCode: neighbourCommune(family) } : family, previousGrade);
        push('education', 'Enrollment', stamped({
          id: previousId, pupilId, schoolCode: previousSchool, schoolYear: PREVIOUS_SCHOOL_YEAR, grade: previousGrade,
          status: transferred ? 'TRANSFERRED' : repeated ? 'ENROLLED' : 'COMPLETED', enrolledOn: new Date(Date.UTC(2024, 8, 5)),
          endedOn: transferred ? new Date(Date.UTC(2026, 0, 2)) : new Date(Date.UTC(2025, 4, 31)), version: 1,
        }));
        for (const term of ['HK1', 'HK2']) {
          const previousAbsent = chronic && repeated ? random.int(15, 30) : random.int(0, 6);
          push('education', 'AttendanceSummary', { id: id(`attendance-previous-${term}`), enrollmentId: previousId, term, schoolDays: 90, daysAbsent: previousAbsent, daysExcused: Math.min(previousAbsent, random.int(0, 2)) });
        }
      }
    }

    // HEALTH: the station's record, screenings, insurance, disability, HIV.
    const knownToHealth = random.chance(0.96) || (truth.planted.noBirthRegistration && !pupilNeeded) || abandoned;
    if (knownToHealth) {
      const patientId = id('patient');
      const identity = agencyIdentity();
      push('health', 'Patient', stamped({ id: patientId, recordNumber: `${family.communeCode}-${String(i + 1).padStart(8, '0')}`, childId, ...identity.fields, version: 1 }));
      link('HEALTH', 'health.Patient', patientId, identity.truth);
      const facility = { facilityCode: `TYT${family.communeCode}`, facilityName: `Trạm Y tế ${communeName(family)}` };
      const stunted = age < 5 && random.chance(rates.stunting * (minority ? 1.6 : 1) * (family.poverty ? 1.4 : 1));
      const screening = (kind: string, on: Date, n: number) => {
        const years = Math.max(0, daysBetween(birthDate, on) / 365.25);
        const height = Math.round((50 + 25 * Math.min(years, 1) + 7 * Math.max(0, years - 1) - (stunted ? 6 : 0) + random.int(-3, 3)) * 10) / 10;
        const weight = Math.round((3.2 + 6.5 * Math.min(years, 1) + 2.4 * Math.max(0, years - 1) - (stunted ? 1.2 : 0) + random.int(-5, 5) / 10) * 100) / 100;
        const nutrition = stunted ? 'STUNTED' : random.chance(0.05) ? 'WASTED' : random.chance(0.06) ? 'OVERWEIGHT' : 'NORMAL';
        push('health', 'Screening', stamped({
          id: id(`screening-${n}`), patientId, screenedOn: on, ...facility, kind, heightCm: height, weightKg: weight, nutritionStatus: nutrition,
          vaccinationComplete: random.chance(minority ? 0.8 : 0.92), findings: nutrition === 'NORMAL' ? null : 'Theo dõi dinh dưỡng',
          referredTo: nutrition === 'WASTED' ? `Bệnh viện Nhi ${family.province.name}` : null,
        }));
      };
      screening('NEWBORN', addDays(birthDate, Math.min(ageDays, random.int(1, 5))), 0);
      if (age >= 1) screening(age >= 6 && pupilNeeded ? 'SCHOOL' : 'PERIODIC', addDays(REFERENCE_DATE, -random.int(10, 330)), 1);
      const insuranceStep = stepDate('HEALTH_INSURANCE');
      if (insuranceStep !== null && random.chance(age < 6 ? 0.99 : 0.9)) {
        const validFrom = insuranceStep ?? (age < 6 ? birthDate : new Date(Date.UTC(2026, 0, 1)));
        const expired = age >= 6 && random.chance(0.05);
        push('health', 'InsuranceCard', stamped({
          id: id('insurance'), patientId, cardNumber: `${age < 6 ? 'TE1' : 'HS4'}${family.province.code}${String(i + 1).padStart(10, '0')}`,
          validFrom, validTo: age < 6 ? addDays(birthDate, 6 * 365 + 1) : expired ? new Date(Date.UTC(2025, 11, 31)) : new Date(Date.UTC(2026, 11, 31)), freeUnderSix: age < 6,
        }));
      }
      if (disabilityLevel !== undefined) {
        const detectedOn = addDays(birthDate, Math.min(ageDays, random.int(30, 1500)));
        push('health', 'Disability', stamped({ id: id('disability'), patientId, detectedOn, kind: random.pick(DISABILITY_KINDS), certificateLevel: disabilityLevel, certifiedOn: disabilityLevel ? addDays(detectedOn, Math.min(daysBetween(detectedOn, REFERENCE_DATE), random.int(30, 200))) : null }));
      }
      if (hiv) push('health', 'HivStatus', stamped({ id: id('hiv'), patientId, status: hiv, onTreatment: hiv === 'POSITIVE' && random.chance(0.9), recordedOn: addDays(birthDate, Math.min(ageDays, random.int(40, 500))) }));
    }

    // SOCIAL: the commune's child profile; always for special-circumstance and poor-household children.
    if (special || groups.length > 0 || family.poverty || abandoned || random.chance(0.9)) {
      const profileId = id('profile');
      const identity = agencyIdentity();
      push('protection', 'ChildProfile', stamped({ id: profileId, childId, ...identity.fields, verification: random.weighted(['COLLECTED', 'CHECKED', 'RECHECKED'], [0.2, 0.5, 0.3]), version: 1 }));
      link('SOCIAL', 'protection.ChildProfile', profileId, identity.truth);
      truth.specialCircumstances = groups.map((g) => g.group);
      groups.forEach((g, n) => push('protection', 'SpecialCircumstance', stamped({ id: id(`circumstance-${n}`), profileId, group: g.group, identifiedOn: g.identifiedOn, endedOn: g.endedOn ?? null, verification: random.weighted(['COLLECTED', 'CHECKED', 'RECHECKED'], [0.2, 0.5, 0.3]), communeCode: family.communeCode, version: 1 })));
      if (family.poverty) push('protection', 'HouseholdPoverty', { id: id('poverty'), profileId, level: family.poverty, year: 2026 });
      const needsCare = groups.some((g) => ['ABANDONED', 'ORPHANED_BOTH_PARENTS', 'WITHOUT_CARER'].includes(g.group));
      const careStarted = abandoned ? stepDate('ALTERNATIVE_CARE') : needsCare ? groups[0].identifiedOn : null;
      if (careStarted) {
        const kind = abandoned ? random.weighted(['FOSTER_FAMILY', 'SOCIAL_PROTECTION_FACILITY', 'TEMPORARY'], [0.5, 0.4, 0.1]) : random.weighted(['KINSHIP', 'FOSTER_FAMILY', 'SOCIAL_PROTECTION_FACILITY'], [0.7, 0.15, 0.15]);
        push('protection', 'CarePlacement', stamped({
          id: id('placement'), profileId, kind, carerName: kind === 'SOCIAL_PROTECTION_FACILITY' ? `Trung tâm Công tác xã hội ${family.province.name}` : personName(random, 'FEMALE', family.ethnicity),
          carerRelationship: kind === 'KINSHIP' ? random.pick(['Bà nội', 'Bà ngoại', 'Cô', 'Dì', 'Chú']) : null, facilityName: kind === 'SOCIAL_PROTECTION_FACILITY' ? `Trung tâm Công tác xã hội ${family.province.name}` : null,
          startedOn: careStarted, endedOn: null,
        }));
      }
      if (groups.length > 0) {
        for (const period of ['2026-08', '2026-09', '2026-10']) {
          push('protection', 'SupportPayment', { id: id(`payment-${period}`), profileId, scheme: 'Trợ cấp xã hội hằng tháng (Nghị định 20/2021, 76/2024)', period, amountVnd: age < 4 ? 1_250_000 : 750_000, paidOn: new Date(`${period}-10T00:00:00Z`) });
        }
      }
      if (foundAt) {
        const caseId = id('abandonment');
        push('protection', 'AbandonmentCase', stamped({ id: caseId, profileId, foundAt, foundPlace: foundPlace(random, family), foundByName: personName(random, random.chance(0.5) ? 'MALE' : 'FEMALE', 'Kinh'), foundByKind: random.weighted(['HOSPITAL', 'RESIDENT', 'POLICE', 'COMMUNE'], [0.4, 0.4, 0.1, 0.1]), receivingCommuneCode: family.communeCode, verification: 'CHECKED', version: 1 }));
        for (const [step, due] of RECEPTION_STEPS) {
          push('protection', 'ReceptionStep', touched({ id: id(`step-${step}`), caseId, step, dueOn: addDays(foundAt, due), completedOn: stepDone.get(step) ?? null, note: null }));
        }
      }
    }

    // The hub's master index entry: the population registry's spelling when it has one.
    push('registry', 'MasterChild', stamped({ id: childId, personalId, fullName, searchName: foldVietnamese(fullName), birthDate, birthYear, sex, provinceCode: family.province.code, communeCode: family.communeCode, motherName }));
    batch.truth.push(truth);
    return { childId, personalId, inHousehold };
  }
}

function communeName(family: Family): string {
  return communeOf(family.communeCode)!.name;
}

function neighbourCommune(family: Family): string {
  const communes = communesOf(family.province.code);
  return communes.find((c) => c.code !== family.communeCode)?.code ?? family.communeCode;
}

function foundPlace(random: Random, family: Family): string {
  return random.pick([`Cổng Bệnh viện Đa khoa ${family.province.name}`, `Cổng chùa, ${communeName(family)}`, `Trước cửa nhà dân, ${communeName(family)}`, `Trạm Y tế ${communeName(family)}`]);
}

