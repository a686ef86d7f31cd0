/**
 * The deterministic synthetic population: families of 1-3 births (twins and triplets among them)
 * drawn one family at a time from a random stream seeded by (seed, family index), so the same N
 * and seed give the same rows byte for byte, and batches can be written as they are produced
 * (memory stays flat at any N). A family may copy the previous family's first child (lookalikes.ts).
 */
import { communesOf, PROVINCES, type Province } from '../domain/admin-units';
import type { Row } from './batch';
import { childIdAt, generateChild } from './child';
import { DAY, daysBetween, PopulationSink, REFERENCE_DATE, stamped, touched, type Family, type PopulationBatch } from './child-context';
import { PROVINCE_PROFILES } from './geography';
import { copiedBirthDate, copiedGiven, copiedName, drawNextFamilyKind, type Copy, type NextFamilyKind, type SourceChild } from './lookalikes';
import { drawName, familyName, joinName, toneMarkPair, type PersonName, type Sex } from './names';
import { Random, sequentialIds } from './random';
import type { Rates } from './rates';
import type { LookalikeKind } from './truth';

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

interface DrawnFamily {
  random: Random;
  rates: Rates;
  family: Family;
  familyIds: (label: string) => string;
  abandoned: boolean;
  /** The previous family's first child this family's first child copies. */
  copy: Copy | null;
  /** The lookalike of this family's first child the next family is to plant. */
  nextKind: NextFamilyKind | null;
  /** The family name the children carry (the father's). */
  childFamily: string;
  /** Given names the children must not carry: their parents'. */
  parentsGiven: string[];
  births: number;
  firstAgeDays: number;
}

/** One child of a family, planned before any is generated: siblings' names and dates depend on each other. */
interface PlannedChild {
  sex: Sex;
  name: PersonName;
  birthDate: Date;
  /** Children of one delivery (twins, triplets) share it. */
  delivery: number;
  toneMarkGiven?: string;
}

type Lookalikes = { kind: LookalikeKind; childId: string }[];

/** What a family leaves to the next: its first child, and the lookalike of them the next plants. */
interface Previous {
  first: SourceChild | null;
  next: (Copy & { kind: NextFamilyKind }) | null;
}

/** Siblings are born about 18 months to 4 years apart (cumulative gaps), except children of one delivery. */
const BIRTH_GAP_DAYS: readonly [number, number] = [540, 1500];
/** The oldest child of the population is just under 16. */
const OLDEST_AGE_DAYS = 16 * 365 - 1;

export function* generatePopulation(options: GeneratorOptions): Generator<PopulationBatch> {
  const { seed } = options;
  const provinces = options.provinces?.length ? PROVINCES.filter((p) => options.provinces!.includes(p.code)) : PROVINCES;
  const batchSize = options.batchSize ?? 2000;
  const sink = new PopulationSink();
  let childIndex = 0;
  let previous: Previous = { first: null, next: null };

  for (let familyIndex = 0; childIndex < options.children; familyIndex++) {
    const drawn = drawFamily(options, provinces, familyIndex, previous);
    const { random, family, familyIds, abandoned, copy } = drawn;
    const planned = planChildren(drawn, options.children - childIndex);
    const idAt = (k: number) => childIdAt(seed, childIndex + k);
    const lookalikes = plannedLookalikes(drawn, planned, idAt);
    previous = nextFamilyCopy(drawn, planned, idAt, childIndex + planned.length < options.children);
    if (previous.next) lookalikes[0].push({ kind: previous.next.kind, childId: idAt(planned.length) });

    const memberRows: Row[] = abandoned ? [] : parentMembers(family, familyIds);
    let householdWritten = false;
    for (let k = 0; k < planned.length; k++) {
      const { sex, birthDate } = planned[k];
      const fullName = joinName(planned[k].name);
      const namesakeOf = k === 0 && copy?.kind === 'NAMESAKE_OTHER_COMMUNE' ? copy.source.childId : undefined;
      const child = generateChild({ random, rates: options.rates, seed, sink, family, childIndex, sex, birthDate, fullName, abandoned, namesakeOf, lookalikes: lookalikes[k] });
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

/** A family's place, parents and number of births: every draw made before its first child. */
function drawFamily(options: GeneratorOptions, provinces: readonly Province[], familyIndex: number, previous: Previous): DrawnFamily {
  const { rates, seed } = options;
  const random = new Random(`${seed}:family:${familyIndex}`);
  const familyIds = sequentialIds(seed, familyIndex, 'family');
  const abandoned = !previous.next && random.chance(rates.abandoned);
  const copy: Copy | null = previous.next ?? (!abandoned && previous.first && random.chance(rates.namesake) ? { kind: 'NAMESAKE_OTHER_COMMUNE', source: previous.first } : null);
  const source = copy?.source;
  const province: Province = source?.province ?? random.weighted(provinces, provinces.map((p) => p.weight));
  const profile = PROVINCE_PROFILES[province.code];
  const communes = communesOf(province.code);
  // A namesake lives in another commune of the province; a lookalike in the same commune.
  const otherCommunes = copy?.kind === 'NAMESAKE_OTHER_COMMUNE' ? communes.filter((c) => c.code !== copy.source.communeCode) : communes;
  const commune = copy && copy.kind !== 'NAMESAKE_OTHER_COMMUNE' ? communes.find((c) => c.code === copy.source.communeCode)! : random.pick(otherCommunes.length ? otherCommunes : communes);
  const ethnicity = source?.ethnicity ?? (random.chance(profile.minorityShare) ? random.pick(profile.minorities) : 'Kinh');
  const minority = ethnicity !== 'Kinh';
  const povertyDraw = random.next();
  const poverty = povertyDraw < profile.poorRate * (minority ? 1.5 : 1) ? 'POOR' : povertyDraw < (profile.poorRate + profile.nearPoorRate) * (minority ? 1.5 : 1) ? 'NEAR_POOR' : null;
  const childFamily = source?.name.family ?? familyName(random, ethnicity);
  // A child copied from another family keeps its given name: its own parents cannot carry it.
  const copied = copy ? copiedGiven(copy) : null;
  const taken = copied ? [copied] : [];
  const father = abandoned ? null : drawName(random, 'MALE', ethnicity, childFamily, taken);
  const mother = abandoned ? null : drawMother(random, ethnicity, taken, source?.motherName ?? null);
  const family: Family = {
    index: familyIndex,
    province,
    communeCode: commune.code,
    ethnicity,
    poverty,
    father: father ? { name: joinName(father), birthYear: random.int(1975, 2000) } : null,
    mother: mother ? { name: joinName(mother), birthYear: random.int(1978, 2003) } : null,
    householdId: familyIds('household'),
    address: `Số ${random.int(1, 250)}, ${random.chance(0.5) ? 'thôn' : 'tổ'} ${random.int(1, 15)}, ${commune.name}`,
  };
  const births = abandoned ? 1 : random.weighted([1, 2, 3], rates.siblings);
  const firstAgeDays = random.int(0, OLDEST_AGE_DAYS);
  const nextKind = drawNextFamilyKind(random, rates);
  const parentsGiven = [father?.given, mother?.given].filter((g): g is string => Boolean(g));
  return { random, rates, family, familyIds, abandoned, copy, nextKind, childFamily, parentsGiven, births, firstAgeDays };
}

/** The mother's name; a lookalike's mother is another woman than the child they resemble's. */
function drawMother(random: Random, ethnicity: string, takenGiven: readonly string[], notNamed: string | null): PersonName {
  let mother: PersonName;
  do mother = drawName(random, 'FEMALE', ethnicity, undefined, takenGiven);
  while (joinName(mother) === notNamed);
  return mother;
}

/**
 * The family's children, eldest first, at most `remaining`: births spaced by cumulative gaps (a
 * birth not yet due by the reference date leaves the family smaller), each birth a single child,
 * twins or triplets; no two children given the same name, nor a parent's given name.
 */
function planChildren(drawn: DrawnFamily, remaining: number): PlannedChild[] {
  const { random, rates, copy, abandoned } = drawn;
  const planned: PlannedChild[] = [];
  const taken = [...drawn.parentsGiven];
  const firstBirth = copy ? copiedBirthDate(random, copy) : null;
  let ageDays = firstBirth ? daysBetween(firstBirth, REFERENCE_DATE) : drawn.firstAgeDays;
  for (let delivery = 0; delivery < drawn.births && planned.length < remaining; delivery++) {
    if (delivery > 0) ageDays -= random.int(...BIRTH_GAP_DAYS);
    if (ageDays < 0) break;
    const birthDate = delivery === 0 && firstBirth ? firstBirth : new Date(REFERENCE_DATE.getTime() - ageDays * DAY);
    const draw = random.next();
    const multiplicity = abandoned ? 1 : draw < rates.triplets ? 3 : draw < rates.triplets + rates.twins ? 2 : 1;
    const firstOfDelivery = planned.length;
    for (let m = 0; m < multiplicity && planned.length < remaining; m++) {
      const child = planChild(drawn, taken, m > 0 ? planned[firstOfDelivery] : null, planned.length === 0);
      taken.push(child.name.given);
      planned.push({ ...child, birthDate, delivery });
    }
  }
  return planned;
}

function planChild(drawn: DrawnFamily, taken: readonly string[], firstTwin: PlannedChild | null, eldest: boolean): Omit<PlannedChild, 'birthDate' | 'delivery'> {
  const { random, family, copy } = drawn;
  if (eldest && copy) return { sex: copy.source.sex, name: copiedName(random, copy, family.ethnicity, taken) };
  const sex: Sex = random.chance(0.512) ? 'MALE' : 'FEMALE';
  const name = drawName(random, sex, family.ethnicity, drawn.abandoned ? familyName(random, 'Kinh') : drawn.childFamily, taken);
  // Twins and triplets of one sex usually share their middle name.
  if (firstTwin && firstTwin.sex === sex && random.chance(0.8)) name.middle = firstTwin.name.middle;
  // The eldest of a tone-mark lookalike pair gets a given name that has a tone-mark twin.
  const pair = eldest && drawn.nextKind === 'TONE_MARK' && family.ethnicity === 'Kinh' ? toneMarkPair(random, sex, taken) : null;
  return pair ? { sex, name: { ...name, given: pair[0] }, toneMarkGiven: pair[1] } : { sex, name };
}

/** Each planned child's lookalikes within the family (the others of its delivery) and the child its eldest copies. */
function plannedLookalikes(drawn: DrawnFamily, planned: PlannedChild[], idAt: (k: number) => string): Lookalikes[] {
  const lookalikes = planned.map((child, k): Lookalikes => {
    const others = planned.flatMap((other, j) => (j !== k && other.delivery === child.delivery ? [j] : []));
    const kind: LookalikeKind = others.length === 2 ? 'TRIPLET' : 'TWIN';
    return others.map((j) => ({ kind, childId: idAt(j) }));
  });
  const { copy } = drawn;
  if (copy && copy.kind !== 'NAMESAKE_OTHER_COMMUNE') lookalikes[0].push({ kind: copy.kind, childId: copy.source.childId });
  return lookalikes;
}

/**
 * This family's eldest as the next family may copy them, and the lookalike the next family plants:
 * only when there is a next family, this one has parents, and it is no copy itself (its eldest's
 * name is not its own to shape).
 */
function nextFamilyCopy(drawn: DrawnFamily, planned: PlannedChild[], idAt: (k: number) => string, nextFamilyExists: boolean): Previous {
  const { family, nextKind } = drawn;
  const eldest = planned[0];
  const first: SourceChild = {
    childId: idAt(0), name: eldest.name, birthDate: eldest.birthDate, sex: eldest.sex, province: family.province, communeCode: family.communeCode,
    ethnicity: family.ethnicity, motherName: family.mother?.name ?? null, toneMarkGiven: eldest.toneMarkGiven,
  };
  const plants = nextKind !== null && nextFamilyExists && !drawn.abandoned && !drawn.copy && (nextKind !== 'TONE_MARK' || eldest.toneMarkGiven !== undefined);
  return { first, next: plants ? { kind: nextKind, source: first } : null };
}

/** The parents' household member rows, kept until a child's residence puts the household on file. */
function parentMembers(family: Family, familyIds: (label: string) => string): Row[] {
  return ([[family.father, 'Chủ hộ'], [family.mother, 'Vợ']] as const).map(([parent, relation]) =>
    touched({ id: familyIds(`member:${relation}`), householdId: family.householdId, fullName: parent!.name, relationToHead: relation, birthYear: parent!.birthYear, personalId: null, childId: null }),
  );
}
