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

interface IdentityRow {
  id: string;
  personalId: string | null;
  fullName: string;
  birthDate: Date;
  sex: 'MALE' | 'FEMALE';
  communeCode: string | null;
  motherName: string | null;
}

/**
 * Every agency subject record born in a span of dates, read from each subgraph's own database (as
 * imports do): population registry persons (commune from the permanent residence, mother from
 * the guardians), birth registrations, pupils, health records and child-protection profiles.
 * One query per subgraph: plain rows, no relation loading, since an evaluation reads millions.
 */
export async function agencyRecordsBorn(dbs: Omit<SubgraphDbs, 'registry'>, span: Span): Promise<AgencyRecord[]> {
  const { gte, lt } = span;
  const [persons, registrations, pupils, patients, profiles] = await Promise.all([
    dbs.identity.$queryRaw<IdentityRow[]>`
      SELECT p.id::text, p."personalId", p."fullName", p."birthDate", p.sex::text,
             (SELECT r."communeCode" FROM "identity"."Residence" r WHERE r."personId" = p.id AND r.kind = 'PERMANENT' ORDER BY r.id LIMIT 1) AS "communeCode",
             (SELECT g."fullName" FROM "identity"."Guardian" g WHERE g."personId" = p.id AND g.relationship = 'MOTHER' ORDER BY g.id LIMIT 1) AS "motherName"
        FROM "identity"."Person" p WHERE p."birthDate" >= ${gte} AND p."birthDate" < ${lt}`,
    dbs.civil.$queryRaw<IdentityRow[]>`
      SELECT id::text, "personalId", "fullName", "birthDate", sex::text, "registeringCommuneCode" AS "communeCode", "motherName"
        FROM "civil"."BirthRegistration" WHERE "birthDate" >= ${gte} AND "birthDate" < ${lt}`,
    dbs.education.$queryRaw<IdentityRow[]>`
      SELECT id::text, "personalId", "fullName", "birthDate", sex::text, "communeCode", "motherName"
        FROM "education"."Pupil" WHERE "birthDate" >= ${gte} AND "birthDate" < ${lt}`,
    dbs.health.$queryRaw<IdentityRow[]>`
      SELECT id::text, "personalId", "fullName", "birthDate", sex::text, "communeCode", "motherName"
        FROM "health"."Patient" WHERE "birthDate" >= ${gte} AND "birthDate" < ${lt}`,
    dbs.protection.$queryRaw<IdentityRow[]>`
      SELECT id::text, "personalId", "fullName", "birthDate", sex::text, "communeCode", "motherName"
        FROM "protection"."ChildProfile" WHERE "birthDate" >= ${gte} AND "birthDate" < ${lt}`,
  ]);
  const as = (agency: AgencyRecord['agency'], recordKind: string) => (r: IdentityRow): AgencyRecord => ({
    agency, recordKind, sourceRecordId: r.id, personalId: r.personalId, fullName: r.fullName, birthDate: r.birthDate, sex: r.sex, communeCode: r.communeCode ?? '', motherName: r.motherName,
  });
  return [
    ...persons.map(as('POLICE', 'identity.Person')),
    ...registrations.map(as('JUSTICE', 'civil.BirthRegistration')),
    ...pupils.map(as('EDUCATION', 'education.Pupil')),
    ...patients.map(as('HEALTH', 'health.Patient')),
    ...profiles.map(as('SOCIAL', 'protection.ChildProfile')),
  ];
}
