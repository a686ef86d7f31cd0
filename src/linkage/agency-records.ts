import type { Agency } from '../generated/prisma/registry/enums';
import type { SubgraphDbs } from '../subgraphs';
import type { LinkIdentity } from './normalise';

/** An agency's subject record as linkage sees it: identifying fields only. */
export interface AgencyRecord extends LinkIdentity {
  agency: Agency;
  recordKind: string;
  sourceRecordId: string;
}

type Span = { gte: Date; lt: Date };

/**
 * Every agency subject record born in a span of dates, read through each subgraph's own data layer
 * (as imports do): population registry persons (commune from the permanent residence, mother from
 * the guardians), birth registrations, pupils, health records and child-protection profiles.
 */
export async function agencyRecordsBorn(dbs: Omit<SubgraphDbs, 'registry'>, span: Span): Promise<AgencyRecord[]> {
  // Prisma loads a relation (a person's residences) with one parameter per parent row: a window of
  // days keeps that under PostgreSQL's 65,535 parameters at any population size a province holds.
  const records: AgencyRecord[] = [];
  for (let from = span.gte; from < span.lt; ) {
    const to = new Date(Math.min(from.getTime() + WINDOW_DAYS * 86_400_000, span.lt.getTime()));
    records.push(...(await agencyRecordsIn(dbs, { gte: from, lt: to })));
    from = to;
  }
  return records;
}

const WINDOW_DAYS = 7;

async function agencyRecordsIn(dbs: Omit<SubgraphDbs, 'registry'>, span: Span): Promise<AgencyRecord[]> {
  const where = { birthDate: span };
  const base = { personalId: true, fullName: true, birthDate: true, sex: true } as const;
  const [persons, registrations, pupils, patients, profiles] = await Promise.all([
    dbs.identity.person.findMany({
      where,
      // Thousands of persons a week at a time: a query per relation (see FeedQuery), not a join per person.
      relationLoadStrategy: 'query',
      select: { id: true, ...base, residences: { where: { kind: 'PERMANENT' }, select: { communeCode: true }, take: 1 }, guardians: { where: { relationship: 'MOTHER' }, select: { fullName: true }, take: 1 } },
    }),
    dbs.civil.birthRegistration.findMany({ where, select: { id: true, ...base, registeringCommuneCode: true, motherName: true } }),
    dbs.education.pupil.findMany({ where, select: { id: true, ...base, communeCode: true, motherName: true } }),
    dbs.health.patient.findMany({ where, select: { id: true, ...base, communeCode: true, motherName: true } }),
    dbs.protection.childProfile.findMany({ where, select: { id: true, ...base, communeCode: true, motherName: true } }),
  ]);
  const identity = (r: { id: string; personalId: string | null; fullName: string; birthDate: Date; sex: 'MALE' | 'FEMALE' }) => ({ sourceRecordId: r.id, personalId: r.personalId, fullName: r.fullName, birthDate: r.birthDate, sex: r.sex });
  return [
    ...persons.map((p) => ({ agency: 'POLICE' as const, recordKind: 'identity.Person', ...identity(p), communeCode: p.residences[0]?.communeCode ?? '', motherName: p.guardians[0]?.fullName ?? null })),
    ...registrations.map((r) => ({ agency: 'JUSTICE' as const, recordKind: 'civil.BirthRegistration', ...identity(r), communeCode: r.registeringCommuneCode, motherName: r.motherName })),
    ...pupils.map((r) => ({ agency: 'EDUCATION' as const, recordKind: 'education.Pupil', ...identity(r), communeCode: r.communeCode, motherName: r.motherName })),
    ...patients.map((r) => ({ agency: 'HEALTH' as const, recordKind: 'health.Patient', ...identity(r), communeCode: r.communeCode, motherName: r.motherName })),
    ...profiles.map((r) => ({ agency: 'SOCIAL' as const, recordKind: 'protection.ChildProfile', ...identity(r), communeCode: r.communeCode, motherName: r.motherName })),
  ];
}
