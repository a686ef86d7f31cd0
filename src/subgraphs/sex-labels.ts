import { labelledValues, type ValueLabels } from '../shared/value-labels';

/** `Sex`, in the words of the agencies' own records. */
export const SEX_LABELS: ValueLabels<'MALE' | 'FEMALE'> = {
  MALE: { vi: 'Nam', en: 'Male' },
  FEMALE: { vi: 'Nữ', en: 'Female' },
};

/**
 * `Sex` is declared by the registry, identity and civil subgraphs alike: one registration config,
 * so that composition finds the same descriptions in each.
 */
export const SEX_ENUM = {
  name: 'Sex',
  description: 'Sex as the record states it (giới tính).',
  valuesConfig: labelledValues(SEX_LABELS),
};
