import { CATEGORIES, FIELD_RULES, readersOf, SENSITIVE_GROUP_CATEGORIES, type CategoryName, type RestrictedField } from './policy';
import { AGENCIES } from './principal';

/** schema/permissions.md: the policy as a person reads it. Generated; do not edit by hand. */
export function permissionsMarkdown(): string {
  const lines = [
    '# childgraph read permissions',
    '',
    'Generated from `src/auth/policy.ts` by `childgraph compose`; do not edit. R = full detail,',
    'S = summary fields only, - = none. Jurisdiction applies on top: a province or commune officer',
    'sees only the children (and records) of that province or commune. "Audited" releases are',
    "written to the subgraph's append-only access log, readable by AUDITOR through `accessLog`.",
    '',
    `| category | ${AGENCIES.join(' | ')} | audited |`,
    `|---|${AGENCIES.map(() => '---').join('|')}|---|`,
  ];
  for (const [name, category] of Object.entries(CATEGORIES) as [CategoryName, (typeof CATEGORIES)[CategoryName]][]) {
    const readers: Partial<Record<string, string>> = category.readers;
    lines.push(`| ${category.title} (\`${name}\`) | ${AGENCIES.map((a) => readers[a] ?? '-').join(' | ')} | ${category.audited ? 'yes' : 'no'} |`);
  }
  lines.push('', '## Fields', '', '| field | category | level | readable by |', '|---|---|---|---|');
  for (const field of Object.keys(FIELD_RULES).sort() as RestrictedField[]) {
    const rule = FIELD_RULES[field];
    lines.push(`| \`${field}\` | ${rule.category} | ${rule.level} | ${readersOf(field).join(', ')} |`);
  }
  lines.push(
    '',
    'Sensitive special-circumstance groups, served only by `Child.sensitiveCircumstances`, each group',
    `only to the R readers of its category: ${Object.entries(SENSITIVE_GROUP_CATEGORIES).map(([group, category]) => `${group} (${category})`).join(', ')}.`,
    '',
    'Fields of the objects a field returns (a birth registration\'s parents, an enrollment\'s school)',
    'follow the rule of that field.',
    '',
  );
  return lines.join('\n');
}
