import { factFeed } from './fact-feed';

interface Row {
  recordId: string;
  childId: string;
  foundOn: string;
  legalSteps: { step: string; dueOn: string; completedOn: string | null }[];
  updatedAt: string;
}

/** The fact's column prefix of each legal-file step. */
const STEP_COLUMNS: Record<string, string> = { BIRTH_REGISTRATION: 'birthRegistration', RESIDENCE_REGISTRATION: 'residenceRegistration', HEALTH_INSURANCE: 'healthInsurance' };

/** Abandoned children's reception files from the protection subgraph (SOCIAL): the facts behind ABANDONED_WITHOUT_LEGAL_FILE. */
export const protectionAbandonmentFeed = factFeed<Row>({
  name: 'protection.abandonment-files',
  subgraph: 'protection',
  field: 'protectionAbandonmentFeed',
  rowSelection: 'recordId childId foundOn legalSteps { step dueOn completedOn } updatedAt',
  table: '"registry"."AbandonmentFileFact"',
  columns: [
    { name: 'recordId', type: 'uuid' }, { name: 'childId', type: 'text' }, { name: 'foundOn', type: 'date' },
    ...Object.values(STEP_COLUMNS).flatMap((prefix) => [{ name: `${prefix}DueOn`, type: 'date' }, { name: `${prefix}DoneOn`, type: 'date' }]),
  ],
  toFact: (row) => {
    const fact: Record<string, unknown> = { recordId: row.recordId, childId: row.childId, foundOn: row.foundOn };
    for (const step of row.legalSteps) {
      const prefix = STEP_COLUMNS[step.step];
      if (!prefix) continue;
      fact[`${prefix}DueOn`] = step.dueOn;
      fact[`${prefix}DoneOn`] = step.completedOn;
    }
    return fact;
  },
});
