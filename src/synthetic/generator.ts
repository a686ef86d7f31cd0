/**
 * The deterministic synthetic population: families of 1-3 children drawn one family at a time
 * from a random stream seeded by (seed, family index), so the same N and seed give the same rows
 * byte for byte, and batches can be written as they are produced (memory stays flat at any N).
 */
import { communesOf, PROVINCES, type Province } from '../domain/admin-units';
import type { Row } from './batch';
import { generateChild } from './child';
import { DAY, PopulationSink, REFERENCE_DATE, stamped, touched, type Family, type PopulationBatch } from './child-context';
import { PROVINCE_PROFILES } from './geography';
import { familyName, personName, type Sex } from './names';
import { Random, sequentialIds } from './random';
import type { Rates } from './rates';

export { REFERENCE_DATE, SCHOOL_YEAR, type PopulationBatch } from './child-context';

export interface GeneratorOptions {
  children: number;
  seed: number;
  rates: Rates;
  /** Restrict to these province codes (weights renormalised). */
  provinces?: readonly string[];
  /** Children per yielded batch. */
  batchSize?: number;
}

/** The first child of a family, whom the next family may copy as a planted namesake. */
interface Namesake {
  childId: string;
  fullName: string;
  birthDate: Date;
  sex: Sex;
  province: Province;
  communeCode: string;
}

interface DrawnFamily {
  random: Random;
  family: Family;
  familyIds: (label: string) => string;
  abandoned: boolean;
  namesake: Namesake | null;
  fatherFamily: string;
  size: number;
  firstAgeDays: number;
}

export function* generatePopulation(options: GeneratorOptions): Generator<PopulationBatch> {
  const { rates, seed } = options;
  const provinces = options.provinces?.length ? PROVINCES.filter((p) => options.provinces!.includes(p.code)) : PROVINCES;
  const batchSize = options.batchSize ?? 2000;
  const sink = new PopulationSink();
  let childIndex = 0;
  // The first child of the previous family: the next family may plant a namesake of it.
  let previousFirstChild: Namesake | null = null;

  for (let familyIndex = 0; childIndex < options.children; familyIndex++) {
    const drawn = drawFamily(options, provinces, familyIndex, previousFirstChild);
    const { random, family, familyIds, abandoned, namesake } = drawn;
    const memberRows: Row[] = abandoned ? [] : parentMembers(family, familyIds);
    let householdWritten = false;
    for (let k = 0; k < drawn.size && childIndex < options.children; k++) {
      const ageDays = k === 0 ? drawn.firstAgeDays : drawn.firstAgeDays - k * random.int(540, 1500);
      if (ageDays < 0) break;
      const sex: Sex = namesake && k === 0 ? namesake.sex : random.chance(0.512) ? 'MALE' : 'FEMALE';
      const birthDate: Date = namesake && k === 0 ? namesake.birthDate : new Date(REFERENCE_DATE.getTime() - ageDays * DAY);
      const fullName: string = namesake && k === 0 ? namesake.fullName : personName(random, sex, family.ethnicity, abandoned ? familyName(random, 'Kinh') : drawn.fatherFamily);
      const child = generateChild({ random, rates, seed, sink, family, childIndex, sex, birthDate, fullName, abandoned, namesakeOf: k === 0 ? namesake?.childId : undefined });
      if (k === 0) previousFirstChild = { childId: child.childId, fullName, birthDate, sex, province: family.province, communeCode: family.communeCode };
      if (child.inHousehold && !householdWritten) {
        householdWritten = true;
        sink.push('identity', 'Household', stamped({ id: family.householdId, householdNumber: `${family.communeCode}-${String(familyIndex + 1).padStart(8, '0')}`, headName: family.father?.name ?? fullName, provinceCode: family.province.code, communeCode: family.communeCode, address: family.address }));
      }
      if (child.inHousehold) memberRows.push(touched({ id: familyIds(`member:${k}`), householdId: family.householdId, fullName, relationToHead: 'Con', birthYear: birthDate.getUTCFullYear(), personalId: child.personalId, childId: child.childId }));
      childIndex++;
      sink.batch.children++;
      if (sink.batch.children >= batchSize) {
        if (householdWritten) sink.batch.rows.identity.HouseholdMember.push(...memberRows.splice(0));
        yield sink.take();
      }
    }
    // Members follow their household; a household split across batches writes members in the later batch.
    if (householdWritten) sink.batch.rows.identity.HouseholdMember.push(...memberRows);
  }
  const last = sink.batch;
  if (last.children > 0 || Object.values(last.rows).some((tables) => Object.values(tables).some((rows) => rows.length))) yield last;
}

/** A family's place, parents and size: every draw made before its first child. */
function drawFamily(options: GeneratorOptions, provinces: readonly Province[], familyIndex: number, previousFirstChild: Namesake | null): DrawnFamily {
  const { rates, seed } = options;
  const random = new Random(`${seed}:family:${familyIndex}`);
  const familyIds = sequentialIds(seed, familyIndex, 'family');
  const abandoned = random.chance(rates.abandoned);
  const namesake: Namesake | null = !abandoned && previousFirstChild && random.chance(rates.namesake) ? previousFirstChild : null;
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
    father: abandoned ? null : { name: personName(random, 'MALE', ethnicity, fatherFamily), birthYear: random.int(1975, 2000) },
    mother: abandoned ? null : { name: personName(random, 'FEMALE', ethnicity), birthYear: random.int(1978, 2003) },
    householdId: familyIds('household'),
    address: `Số ${random.int(1, 250)}, ${random.chance(0.5) ? 'thôn' : 'tổ'} ${random.int(1, 15)}, ${commune.name}`,
  };
  const size = abandoned ? 1 : random.weighted([1, 2, 3], rates.siblings);
  const firstAgeDays = random.int(0, 16 * 365 - 1);
  return { random, family, familyIds, abandoned, namesake, fatherFamily, size, firstAgeDays };
}

/** The parents' household member rows, kept until a child's residence puts the household on file. */
function parentMembers(family: Family, familyIds: (label: string) => string): Row[] {
  return ([[family.father, 'Chủ hộ'], [family.mother, 'Vợ']] as const).map(([parent, relation]) =>
    touched({ id: familyIds(`member:${relation}`), householdId: family.householdId, fullName: parent!.name, relationToHead: relation, birthYear: parent!.birthYear, personalId: null, childId: null }),
  );
}
