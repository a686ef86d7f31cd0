import type { SubgraphName } from '../../subgraph-names';
import { factFeed } from './fact-feed';
import type { HubFeed, RegistryTx } from './refresh';

/** The identity part of every subject feed row (src/change-feed/subject-feed.ts). */
export interface SubjectRow {
  recordId: string;
  childId: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  personalId: string | null;
  /** Stated by persons and pupils; null in the other agencies' rows. */
  ethnicity: string | null;
  updatedAt: string;
}

const SUBJECT_SELECTION = 'recordId childId birthDate sex personalId ethnicity updatedAt';

/**
 * The one feed of an agency's subject table (persons, pupils, patients, child profiles). Its rows'
 * identity part goes into SubjectRecordFact (the civil-status gaps' identity checks); `facts`
 * selects and applies what else the hub copies of the subject (the dropout-risk model's facts), in
 * the same transaction, so both copies of a subject move together with the feed's one cursor.
 */
export function subjectRecordsFeed<Row extends SubjectRow = SubjectRow>(source: {
  /** The cursor's key in FeedCursor. */
  name: string;
  subgraph: SubgraphName;
  field: string;
  agency: 'POLICE' | 'EDUCATION' | 'HEALTH' | 'SOCIAL';
  recordKind: string;
  facts?: { selection: string; apply: (tx: RegistryTx, rows: Row[]) => Promise<string[]> };
}): HubFeed<Row> {
  const identity = factFeed<Row>({
    name: source.name,
    subgraph: source.subgraph,
    field: source.field,
    rowSelection: SUBJECT_SELECTION,
    table: '"registry"."SubjectRecordFact"',
    columns: [
      { name: 'recordKind', type: 'text' }, { name: 'recordId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'agency', type: '"registry"."Agency"' },
      { name: 'birthDate', type: 'date' }, { name: 'sex', type: '"registry"."Sex"' }, { name: 'personalId', type: 'varchar(12)' },
      { name: 'ethnicity', type: 'text' },
    ],
    conflictKey: ['recordKind', 'recordId'],
    toFact: (row) => ({ recordId: row.recordId, childId: row.childId, birthDate: row.birthDate, sex: row.sex, personalId: row.personalId, ethnicity: row.ethnicity, recordKind: source.recordKind, agency: source.agency }),
  });
  const { facts } = source;
  if (!facts) return identity;
  return {
    ...identity,
    rowSelection: `${SUBJECT_SELECTION} ${facts.selection}`,
    async apply(tx, rows) {
      return [...(await identity.apply(tx, rows)), ...(await facts.apply(tx, rows))];
    },
  };
}

/** Persons from the identity subgraph (POLICE): identity facts and ethnicity only (residences have their own feed). */
export const identityPersonsFeed = subjectRecordsFeed({ name: 'identity.persons', subgraph: 'identity', field: 'identityPersonFeed', agency: 'POLICE', recordKind: 'identity.Person' });
