import { execute } from '../api';
import { CivilStatusGapsDocument, type CivilStatusGapsQuery, type GapFilter } from '../../client/generated/graphql';
import { GAP_KIND_LABELS } from '../i18n';
import { filterVariables, type Worklist } from './worklist';

type GapRow = CivilStatusGapsQuery['civilStatusGaps']['edges'][number]['node'];

/** The justice office's worklist: children missing a birth registration, personal ID, residence or legal file. */
export const civilStatusGaps: Worklist<GapRow> = {
  name: 'civil-status-gaps',
  title: 'gapsTitle',
  exportName: 'civil-status-gaps',
  filters: [
    { name: 'provinceCode', label: 'province', kind: 'code', pattern: '\\d{2}' },
    { name: 'communeCode', label: 'commune', kind: 'code', pattern: '\\d{5}' },
    { name: 'kinds', label: 'gapKinds', kind: 'choices', choices: GAP_KIND_LABELS },
  ],
  columns: [
    { label: 'fullName', cell: (row) => row.child.fullName },
    { label: 'birthDate', cell: (row) => row.child.birthDate },
    { label: 'sex', cell: (row) => row.child.sex },
    { label: 'kinds', cell: (row, language) => row.kinds.map((kind) => GAP_KIND_LABELS[language][kind] ?? kind).join('; ') },
    { label: 'detectedBy', cell: (row) => row.detectedBy.join(', ') },
    { label: 'since', cell: (row) => row.since },
  ],
  childIdOf: (row) => row.child.id,
  async load(filter, first, after) {
    const { data, errors } = await execute(CivilStatusGapsDocument, { filter: filterVariables(filter) as GapFilter, first, after });
    const connection = data?.civilStatusGaps;
    return {
      rows: connection?.edges.map((edge) => edge.node) ?? [],
      totalCount: connection?.totalCount ?? 0,
      endCursor: connection?.pageInfo.endCursor ?? null,
      hasNextPage: connection?.pageInfo.hasNextPage ?? false,
      errors,
    };
  },
};
