import type { Person, Residence } from '../../generated/prisma/identity/client';
import { communeOf } from '../../domain/admin-units';
import { pgArray } from '../../db/bulk-insert';
import type { IdentityDb } from './identity.db';
import { FieldError, parseEnum } from '../../records/fields';
import { applyLinksTo, CHILD_COLUMNS, countRows, isoDay, linkCandidateOf, rollbackRun, rollbackTableOf, saveHistory } from '../../records/kind-helpers';
import type { BatchCounts, ColumnSpec, RecordKind, TouchedRecord } from '../../records/record-kind';
import { rowReader } from '../../records/row-reader';
import { upsertTable, type HistoryRow, type UpsertTable, wouldChange } from '../../records/upsert';

/** One row of a population-registry extract: a child and one residence registration. */
export interface PersonRow {
  personalId: string;
  fullName: string;
  birthDate: Date;
  sex: 'MALE' | 'FEMALE';
  ethnicity: string;
  nationality: string;
  residenceKind: 'PERMANENT' | 'TEMPORARY';
  communeCode: string;
  address: string;
  registeredOn: Date;
  endedOn: Date | null;
}

const columns: readonly ColumnSpec[] = [
  { ...CHILD_COLUMNS.find((c) => c.key === 'personalId')!, required: true, description: '12 digits, the key of the record; must agree with sex and birth year' },
  ...CHILD_COLUMNS.filter((c) => ['fullName', 'birthDate', 'sex'].includes(c.key)),
  { key: 'ethnicity', headers: ['ethnicity', 'Dân tộc'], required: true, description: 'e.g. Kinh, Tày' },
  { key: 'nationality', headers: ['nationality', 'Quốc tịch'], required: false, description: 'two letters (ISO 3166), VN when empty' },
  { key: 'residenceKind', headers: ['residence_kind', 'Loại cư trú'], required: true, description: 'Thường trú / Tạm trú (PERMANENT / TEMPORARY)' },
  { ...CHILD_COLUMNS.find((c) => c.key === 'communeCode')!, description: 'commune of the residence, five digits (Decision 19/2025)' },
  { key: 'address', headers: ['address', 'Địa chỉ', 'Nơi cư trú'], required: true, description: 'street address within the commune' },
  { key: 'registeredOn', headers: ['registered_on', 'Ngày đăng ký'], required: true, description: 'date the residence was registered; not before birth, not in the future' },
  { key: 'endedOn', headers: ['ended_on', 'Ngày kết thúc', 'Ngày xóa đăng ký'], required: false, description: 'date; not before registeredOn' },
];

const PERSON_COMPARED = ['fullName', 'birthDate', 'sex', 'ethnicity', 'nationality'] as const;
const RESIDENCE_COMPARED = ['communeCode', 'address', 'endedOn'] as const;

/**
 * The communes that keep a person: those of the residences the person lives in now (not ended),
 * or of all of them when none is current. The read side shows a person wherever any residence is;
 * a write is stricter, since an old residence does not make a commune the keeper of a child.
 */
export function personCommunes(residences: readonly { communeCode: string; endedOn: Date | null }[], now = new Date()): string[] {
  const current = residences.filter((r) => !r.endedOn || r.endedOn > now);
  return [...new Set((current.length ? current : residences).map((r) => r.communeCode))];
}

const RESIDENCE_LABELS = { PERMANENT: ['Thường trú', 'permanent'], TEMPORARY: ['Tạm trú', 'temporary'] } as const;

const personTable = (tx: IdentityDb): UpsertTable<Person> => ({
  table: '"identity"."Person"',
  name: 'Person',
  columns: [
    { name: 'personalId', type: 'varchar(12)' }, { name: 'fullName', type: 'text' }, { name: 'birthDate', type: 'date' }, { name: 'sex', type: '"identity"."Sex"' },
    { name: 'ethnicity', type: 'text' }, { name: 'nationality', type: 'varchar(2)' },
  ],
  compared: PERSON_COMPARED,
  find: (ids) => tx.person.findMany({ where: { personalId: { in: ids } } }),
  keyOf: (person) => person.personalId!,
  update: (id, fields) => tx.person.update({ where: { id }, data: fields }),
});

const residenceKey = (personId: string, kind: string, registeredOn: Date) => `${personId}|${kind}|${isoDay(registeredOn)}`;

const residenceTable = (tx: IdentityDb): UpsertTable<Residence> => ({
  table: '"identity"."Residence"',
  name: 'Residence',
  columns: [
    { name: 'personId', type: 'uuid' }, { name: 'kind', type: '"identity"."ResidenceKind"' }, { name: 'provinceCode', type: 'varchar(2)' }, { name: 'communeCode', type: 'varchar(5)' },
    { name: 'address', type: 'text' }, { name: 'registeredOn', type: 'date' }, { name: 'endedOn', type: 'date' },
  ],
  compared: RESIDENCE_COMPARED,
  find: (keys) => tx.residence.findMany({ where: { personId: { in: [...new Set(keys.map((k) => k.split('|')[0]))] } } }),
  keyOf: (r) => residenceKey(r.personId, r.kind, r.registeredOn),
  update: (id, fields) => tx.residence.update({ where: { id }, data: fields }),
});

const linkCandidate = linkCandidateOf('identity.Person');
const applyToPersons = applyLinksTo('"identity"."Person"', { uniqueChild: true });

/**
 * Writes master child ids into persons and, since a household member carries the child id of the
 * person with their personal ID, into the members of any household imported before the person was linked.
 */
export async function applyPersonLinks(db: IdentityDb, links: Map<string, string>): Promise<void> {
  if (links.size === 0) return;
  await applyToPersons(db, links);
  await db.$executeRawUnsafe(
    `UPDATE "identity"."HouseholdMember" AS m SET "childId" = p."childId" FROM "identity"."Person" AS p
     WHERE p.id = ANY($1::uuid[]) AND p."childId" IS NOT NULL AND m."personalId" = p."personalId" AND m."childId" IS DISTINCT FROM p."childId"`,
    pgArray([...links.keys()]),
  );
}

export const identityPersons: RecordKind<PersonRow, IdentityDb, null> = {
  subgraph: 'identity',
  name: 'persons',
  agency: 'POLICE',
  subjectRecordKind: 'identity.Person',
  description: 'A population-registry extract: a child known by personal ID and one residence registration per row.',
  columns,

  async loadReference() {
    return null;
  },

  parse(cells) {
    const { take, text, errors, pastDate, childIdentity, notBefore } = rowReader(cells);
    const { fullName, birthDate, sex, personalId, communeCode } = childIdentity();
    if (!cells.personalId?.trim()) errors.push(new FieldError('personalId', 'is required'));
    const nationality = take('nationality', (v) => {
      if (!/^[A-Za-z]{2}$/.test(v)) throw new FieldError('nationality', `"${v}" is not a two-letter country code (e.g. VN)`);
      return v.toUpperCase();
    }, false);
    const residenceKind = take('residenceKind', (v) => parseEnum(v, 'residenceKind', RESIDENCE_LABELS), true);
    const address = text('address', true);
    const registeredOn = pastDate('registeredOn', true);
    const endedOn = pastDate('endedOn', false);
    const ethnicity = text('ethnicity', true);
    notBefore('registeredOn', registeredOn, birthDate, 'the date of birth');
    notBefore('endedOn', endedOn, registeredOn, 'the registration date');
    if (errors.length) return errors;
    return {
      personalId: personalId!, fullName: fullName!, birthDate: birthDate!, sex: sex!, ethnicity: ethnicity!, nationality: nationality ?? 'VN',
      residenceKind: residenceKind!, communeCode: communeCode!, address: address!, registeredOn: registeredOn!, endedOn,
    };
  },

  rowKey: { of: (r) => `${r.personalId}|${r.residenceKind}|${isoDay(r.registeredOn)}`, names: 'personal ID, residence kind and registration date' },

  async writeBatch(tx, rows, runId): Promise<BatchCounts> {
    const history: HistoryRow[] = [];
    const persons = await upsertTable(
      tx,
      personTable(tx),
      new Map(rows.map((r) => [r.personalId, { personalId: r.personalId, fullName: r.fullName, birthDate: r.birthDate, sex: r.sex, ethnicity: r.ethnicity, nationality: r.nationality }])),
      runId,
      history,
    );
    const subjectOf = new Map<string, string>();
    const residences = new Map<string, Record<string, unknown>>();
    const communeOfPerson = new Map<string, string>();
    for (const r of rows) {
      const personId = persons.idByKey.get(r.personalId)!;
      const key = residenceKey(personId, r.residenceKind, r.registeredOn);
      subjectOf.set(key, r.personalId);
      communeOfPerson.set(r.personalId, r.communeCode);
      residences.set(key, {
        personId, kind: r.residenceKind, provinceCode: communeOf(r.communeCode)!.provinceCode, communeCode: r.communeCode, address: r.address, registeredOn: r.registeredOn, endedOn: r.endedOn,
      });
    }
    const written = await upsertTable(tx, residenceTable(tx), residences, runId, history);
    await saveHistory(tx, history);
    const toLink = [...persons.inserted.entries()].map(([key, p]) => linkCandidate({ ...(p as unknown as Person), communeCode: communeOfPerson.get(key)!, motherName: null }));
    return countRows(subjectOf, persons, written, toLink);
  },

  async unlinked(db, runId, afterId, limit) {
    const persons = await db.person.findMany({
      where: { importRunId: runId, childId: null, ...(afterId ? { id: { gt: afterId } } : {}) },
      include: { residences: { orderBy: { registeredOn: 'desc' }, take: 1 } },
      relationLoadStrategy: 'query', // a batch of records, as in the feeds (FeedQuery)
      orderBy: { id: 'asc' },
      take: limit,
    });
    return persons.map((p) => linkCandidate({ ...p, communeCode: p.residences[0]?.communeCode ?? '', motherName: null }));
  },

  applyLinks: applyPersonLinks,

  async rollback(tx, runId) {
    return rollbackRun(tx, runId, [
      rollbackTableOf('Residence', tx.residence, RESIDENCE_COMPARED, ['endedOn']),
      rollbackTableOf('Person', tx.person, PERSON_COMPARED, ['birthDate']),
    ], 'Person');
  },

  entry: {
    name: 'Residence',
    async find(db, row) {
      const residence = await db.residence.findFirst({ where: { person: { personalId: row.personalId }, kind: row.residenceKind, registeredOn: row.registeredOn }, include: { person: true } });
      return residence && { id: residence.id, version: residence.version, childId: residence.person.childId };
    },
    versioned: (tx) => tx.residence,
    communeOf: (row) => row.communeCode,
    // A person belongs to the communes they live in. Changing who the child is (name, birth date, sex,
    // ethnicity, nationality) needs an officer over all of them; adding or correcting a residence needs
    // one of them, so registering a child who lives only elsewhere is a transfer, done by an officer over
    // both areas; a commune cannot take a child over by adding a residence.
    async touched(tx, row) {
      const person = await tx.person.findUnique({ where: { personalId: row.personalId }, include: { residences: true } });
      if (!person) return [];
      const touched: TouchedRecord[] = [{ name: `person ${row.personalId}`, communes: personCommunes(person.residences), changes: wouldChange(person, row, PERSON_COMPARED) }];
      const residence = person.residences.find((r) => r.kind === row.residenceKind && isoDay(r.registeredOn) === isoDay(row.registeredOn));
      if (residence) touched.push({ name: `residence of person ${row.personalId} registered on ${isoDay(row.registeredOn)}`, communes: [residence.communeCode], changes: wouldChange(residence, row, RESIDENCE_COMPARED) });
      return touched;
    },
  },
};
