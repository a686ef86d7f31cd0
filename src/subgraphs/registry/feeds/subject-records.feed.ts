import type { SubgraphName } from '../../../shared/subgraph-names';
import { factFeed } from './fact-feed';

interface Row {
  recordId: string;
  childId: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  personalId: string | null;
  updatedAt: string;
}

/**
 * An agency's subject records (see src/shared/subject-feed.ts): every such feed has the same rows,
 * so one definition, parametrised by where it comes from, writes them all into SubjectRecordFact.
 */
export function subjectRecordsFeed(source: { subgraph: SubgraphName; field: string; agency: 'POLICE' | 'EDUCATION' | 'HEALTH' | 'SOCIAL'; recordKind: string }) {
  return factFeed<Row>({
    name: `${source.subgraph}.${source.recordKind.split('.')[1].toLowerCase()}s`,
    subgraph: source.subgraph,
    field: source.field,
    rowSelection: 'recordId childId birthDate sex personalId updatedAt',
    table: '"registry"."SubjectRecordFact"',
    columns: [
      { name: 'recordKind', type: 'text' }, { name: 'recordId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'agency', type: '"registry"."Agency"' },
      { name: 'birthDate', type: 'date' }, { name: 'sex', type: '"registry"."Sex"' }, { name: 'personalId', type: 'varchar(12)' },
    ],
    conflictKey: ['recordKind', 'recordId'],
    toFact: (row) => ({ ...row, recordKind: source.recordKind, agency: source.agency }),
  });
}

export const identityPersonsFeed = subjectRecordsFeed({ subgraph: 'identity', field: 'identityPersonFeed', agency: 'POLICE', recordKind: 'identity.Person' });
export const educationPupilsFeed = subjectRecordsFeed({ subgraph: 'education', field: 'educationPupilFeed', agency: 'EDUCATION', recordKind: 'education.Pupil' });
export const healthPatientsFeed = subjectRecordsFeed({ subgraph: 'health', field: 'healthPatientFeed', agency: 'HEALTH', recordKind: 'health.Patient' });
export const protectionProfilesFeed = subjectRecordsFeed({ subgraph: 'protection', field: 'protectionProfileFeed', agency: 'SOCIAL', recordKind: 'protection.ChildProfile' });
