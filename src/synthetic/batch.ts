import type { SubgraphName } from '../subgraphs/subgraph-names';

/** One row for COPY: column name (= Prisma field name) to value. */
export type Row = Record<string, string | number | boolean | Date | null>;

/**
 * Tables of each subgraph in write order (parents before children). Table names are the Prisma
 * model names, which are the PostgreSQL table names in the subgraph's schema.
 */
export const TABLES: Record<SubgraphName, readonly string[]> = {
  registry: ['MasterChild', 'RecordLink'],
  identity: ['Household', 'Person', 'Residence', 'HouseholdMember', 'Guardian'],
  civil: ['BirthRegistration', 'Adoption', 'AdoptiveParent'],
  education: ['School', 'Pupil', 'Enrollment', 'AttendanceSummary', 'DropoutFlag'],
  health: ['Patient', 'Screening', 'Disability', 'InsuranceCard', 'HivStatus'],
  protection: ['ChildProfile', 'SpecialCircumstance', 'CarePlacement', 'SupportPayment', 'HouseholdPoverty', 'AbandonmentCase', 'ReceptionStep'],
};

export type BatchRows = Record<SubgraphName, Record<string, Row[]>>;

export function emptyBatchRows(): BatchRows {
  return Object.fromEntries(
    Object.entries(TABLES).map(([subgraph, tables]) => [subgraph, Object.fromEntries(tables.map((t) => [t, [] as Row[]]))]),
  ) as BatchRows;
}
