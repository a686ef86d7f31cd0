/**
 * THE read policy of childgraph: who may read what. A data protection officer reviews this file
 * and nothing else; the resolvers' checks, the `@requiresScopes` directives in every printed SDL
 * and the supergraph, and `schema/permissions.md` are all generated from it.
 *
 * Source: the agencies' agreed starting permission matrix. R = full detail, S = summary only (a
 * derived flag or level). A category's summary fields are readable by its R and S agencies; its
 * full fields by R agencies only. Jurisdiction always applies on top (see jurisdiction.ts).
 */
import { AGENCIES, type Agency } from './principal';

export type Access = 'R' | 'S';

interface Category {
  title: string;
  readers: Partial<Record<Agency, Access>>;
  /** Releases are written to the audit trail (sensitive personal data, Law 91/2025). */
  audited: boolean;
}

export const CATEGORIES = {
  coreIdentity: { title: 'Core identity: name, date of birth, sex, ethnicity, commune', readers: { POLICE: 'R', JUSTICE: 'R', EDUCATION: 'R', HEALTH: 'R', SOCIAL: 'R' }, audited: false },
  personalId: { title: 'Personal ID number', readers: { POLICE: 'R', JUSTICE: 'R', EDUCATION: 'R', HEALTH: 'R', SOCIAL: 'R' }, audited: false },
  crosswalk: { title: 'Which agency records are linked to the child (record linkage)', readers: { POLICE: 'R', JUSTICE: 'R', SOCIAL: 'R' }, audited: false },
  addressHousehold: { title: 'Full address, household members, guardians', readers: { POLICE: 'R', JUSTICE: 'R', HEALTH: 'S', SOCIAL: 'R' }, audited: true },
  birthRegistration: { title: 'Birth registration detail (number, date, parents)', readers: { POLICE: 'R', JUSTICE: 'R', EDUCATION: 'S', HEALTH: 'S', SOCIAL: 'R' }, audited: true },
  adoption: { title: 'Adoption detail', readers: { JUSTICE: 'R', SOCIAL: 'S' }, audited: true },
  schooling: { title: 'Enrollment, attendance, dropout flags', readers: { JUSTICE: 'S', EDUCATION: 'R', HEALTH: 'S', SOCIAL: 'R' }, audited: true },
  screening: { title: 'Screening detail, nutrition, vaccination', readers: { HEALTH: 'R', SOCIAL: 'S' }, audited: true },
  insurance: { title: 'Health-insurance cards', readers: { JUSTICE: 'S', HEALTH: 'R', SOCIAL: 'R' }, audited: true },
  disability: { title: 'Disability and its certificate level', readers: { EDUCATION: 'S', HEALTH: 'R', SOCIAL: 'R' }, audited: true },
  hiv: { title: 'HIV status', readers: { HEALTH: 'R' }, audited: true },
  specialCircumstances: { title: 'Special-circumstance categories (non-sensitive groups)', readers: { POLICE: 'S', JUSTICE: 'R', EDUCATION: 'S', HEALTH: 'R', SOCIAL: 'R' }, audited: true },
  sensitiveCircumstances: { title: 'Sensitive categories (abuse, trafficking, conflict with the law)', readers: { POLICE: 'R', SOCIAL: 'R' }, audited: true },
  hivCircumstance: { title: 'The special-circumstance group of children living with HIV/AIDS', readers: { HEALTH: 'R', SOCIAL: 'R' }, audited: true },
  alternativeCare: { title: 'Alternative care, support payments, poverty listing, abandoned-child files', readers: { JUSTICE: 'R', HEALTH: 'S', SOCIAL: 'R' }, audited: true },
  aggregates: { title: 'Aggregates (counts, rates), small counts suppressed', readers: { POLICE: 'R', JUSTICE: 'R', EDUCATION: 'R', HEALTH: 'R', SOCIAL: 'R', ANALYTICS: 'R' }, audited: false },
  accessLog: { title: 'The access log (who saw which child\'s sensitive data)', readers: { AUDITOR: 'R' }, audited: false },
  dropoutRisk: { title: 'Dropout risk level and reasons (reasons from other agencies only as coarse codes)', readers: { EDUCATION: 'R', SOCIAL: 'R' }, audited: true },
  outOfSchool: {
    title: 'Out-of-school children: compulsory-age residents with no current enrollment, or dropped out this year (education re-enrolls, the commune finds the child)',
    readers: { EDUCATION: 'R', SOCIAL: 'R' },
    audited: true,
  },
  hubFeeds: {
    title: "Change feeds the hub reads to keep its cross-agency lists current (machine to machine; what the hub derives is released, and audited, through the lists' own fields)",
    readers: { HUB: 'R' },
    audited: false,
  },
  linkageReview: { title: 'Record-linkage review: deciding which agency records are which child, merges and splits', readers: { JUSTICE: 'R', SOCIAL: 'R' }, audited: false },
  civilStatusGaps: { title: 'Civil-status gaps: children known to an agency who lack a birth registration, personal ID, residence or legal file', readers: { JUSTICE: 'R', SOCIAL: 'R' }, audited: true },
  socialProtectionWrites: { title: 'Writing social-protection records (an agency writes only its own, in its jurisdiction)', readers: { SOCIAL: 'R' }, audited: true },
  identityWrites: { title: 'Writing population-registry records (persons, residences)', readers: { POLICE: 'R' }, audited: true },
  civilStatusWrites: { title: 'Writing civil-status records (birth registrations)', readers: { JUSTICE: 'R' }, audited: true },
  educationWrites: { title: 'Writing education records (pupils, enrollments)', readers: { EDUCATION: 'R' }, audited: true },
  healthWrites: { title: 'Writing health records (patients, insurance cards)', readers: { HEALTH: 'R' }, audited: true },
} satisfies Record<string, Category>;

export type CategoryName = keyof typeof CATEGORIES;

export interface FieldRule {
  category: CategoryName;
  /** `summary` fields are derived flags readable at level S; `full` fields need R. */
  level: 'full' | 'summary';
  /**
   * A field whose items each fall in one of these categories (one per item, see `mayReadSensitiveGroup`):
   * the field is readable by the readers of any of them, and each item only by its own category's.
   */
  itemCategories?: readonly CategoryName[];
}

/**
 * Every field of `Child` and every root field, in every subgraph, has a rule here; the policy test
 * fails on a field without one (or a rule without a field). Fields of the objects these return
 * (a BirthRegistration's mother, an Enrollment's school) follow the field that reaches them.
 */
export const FIELD_RULES = {
  // registry
  'Query.child': { category: 'coreIdentity', level: 'full' },
  'Query.children': { category: 'coreIdentity', level: 'full' },
  'Query.childCounts': { category: 'aggregates', level: 'full' },
  'Query.indicatorCatalogue': { category: 'aggregates', level: 'full' },
  'Query.indicators': { category: 'aggregates', level: 'full' },
  'Query.indicatorTrend': { category: 'aggregates', level: 'full' },
  'Query.accessLog': { category: 'accessLog', level: 'full' },
  'Query.accessAlerts': { category: 'accessLog', level: 'full' },
  'Child.index': { category: 'coreIdentity', level: 'full' },
  'Child.links': { category: 'crosswalk', level: 'full' },
  // identity (POLICE)
  'Child.personalId': { category: 'personalId', level: 'full' },
  'Child.fullName': { category: 'coreIdentity', level: 'full' },
  'Child.birthDate': { category: 'coreIdentity', level: 'full' },
  'Child.sex': { category: 'coreIdentity', level: 'full' },
  'Child.ethnicity': { category: 'coreIdentity', level: 'full' },
  'Child.residences': { category: 'addressHousehold', level: 'full' },
  'Child.household': { category: 'addressHousehold', level: 'full' },
  'Child.guardians': { category: 'addressHousehold', level: 'full' },
  'Child.householdSize': { category: 'addressHousehold', level: 'summary' },
  // civil (JUSTICE)
  'Child.birthRegistration': { category: 'birthRegistration', level: 'full' },
  'Child.hasBirthRegistration': { category: 'birthRegistration', level: 'summary' },
  'Child.adoptions': { category: 'adoption', level: 'full' },
  'Child.adoptionStatus': { category: 'adoption', level: 'summary' },
  // education (EDUCATION)
  'Child.enrollments': { category: 'schooling', level: 'full' },
  'Child.schoolingStatus': { category: 'schooling', level: 'summary' },
  // health (HEALTH)
  'Child.screenings': { category: 'screening', level: 'full' },
  'Child.lastScreenedOn': { category: 'screening', level: 'summary' },
  'Child.insuranceCards': { category: 'insurance', level: 'full' },
  'Child.hasValidInsurance': { category: 'insurance', level: 'summary' },
  'Child.disability': { category: 'disability', level: 'full' },
  'Child.hasDisability': { category: 'disability', level: 'summary' },
  'Child.hivStatus': { category: 'hiv', level: 'full' },
  // protection (SOCIAL)
  'Child.specialCircumstances': { category: 'specialCircumstances', level: 'full' },
  'Child.inSpecialCircumstances': { category: 'specialCircumstances', level: 'summary' },
  'Child.sensitiveCircumstances': { category: 'sensitiveCircumstances', level: 'full', itemCategories: ['sensitiveCircumstances', 'hivCircumstance'] },
  'Child.carePlacements': { category: 'alternativeCare', level: 'full' },
  'Child.supportPayments': { category: 'alternativeCare', level: 'full' },
  'Child.householdPoverty': { category: 'alternativeCare', level: 'full' },
  'Child.abandonmentCase': { category: 'alternativeCare', level: 'full' },
  'Child.inAlternativeCare': { category: 'alternativeCare', level: 'summary' },
  'Query.abandonedChildren': { category: 'alternativeCare', level: 'full' },
  // change feeds, read by the hub's refresh job only
  'Query.civilRegistrationFeed': { category: 'hubFeeds', level: 'full' },
  // cross-agency lists the registry derives (src/subgraphs/registry/risk/)
  'Query.dropoutRiskList': { category: 'dropoutRisk', level: 'full' },
  'Query.outOfSchoolChildren': { category: 'outOfSchool', level: 'full' },
  'Query.civilAdoptionFeed': { category: 'hubFeeds', level: 'full' },
  'Query.identityPersonFeed': { category: 'hubFeeds', level: 'full' },
  'Query.identityResidenceFeed': { category: 'hubFeeds', level: 'full' },
  'Query.educationPupilFeed': { category: 'hubFeeds', level: 'full' },
  'Query.healthPatientFeed': { category: 'hubFeeds', level: 'full' },
  'Query.protectionProfileFeed': { category: 'hubFeeds', level: 'full' },
  'Query.protectionAbandonmentFeed': { category: 'hubFeeds', level: 'full' },
  // deletion feeds: tombstones of the records above, so the hub drops its copies
  'Query.identityDeletionFeed': { category: 'hubFeeds', level: 'full' },
  'Query.civilDeletionFeed': { category: 'hubFeeds', level: 'full' },
  'Query.educationDeletionFeed': { category: 'hubFeeds', level: 'full' },
  'Query.healthDeletionFeed': { category: 'hubFeeds', level: 'full' },
  'Query.protectionDeletionFeed': { category: 'hubFeeds', level: 'full' },
  // cross-agency lists the registry derives
  'Query.civilStatusGaps': { category: 'civilStatusGaps', level: 'full' },
  // writes (an agency writes only its own records)
  'Mutation.completeReceptionStep': { category: 'socialProtectionWrites', level: 'full' },
  'Query.linkReviewQueue': { category: 'linkageReview', level: 'full' },
  'Mutation.resolveLinkReview': { category: 'linkageReview', level: 'full' },
  'Mutation.mergeChildren': { category: 'linkageReview', level: 'full' },
  'Mutation.unlinkRecord': { category: 'linkageReview', level: 'full' },
  'Mutation.saveSpecialCircumstance': { category: 'socialProtectionWrites', level: 'full' },
  'Mutation.saveResidence': { category: 'identityWrites', level: 'full' },
  'Mutation.saveBirthRegistration': { category: 'civilStatusWrites', level: 'full' },
  'Mutation.saveEnrollment': { category: 'educationWrites', level: 'full' },
  'Mutation.saveInsuranceCard': { category: 'healthWrites', level: 'full' },
  'Mutation.saveHousehold': { category: 'identityWrites', level: 'full' },
  'Mutation.saveAdoption': { category: 'civilStatusWrites', level: 'full' },
  'Mutation.saveDisability': { category: 'healthWrites', level: 'full' },
  'Mutation.saveScreening': { category: 'healthWrites', level: 'full' },
  // every subgraph's own access log, joined in one report per child
  'AccessLogReport.registry': { category: 'accessLog', level: 'full' },
  'AccessLogReport.identity': { category: 'accessLog', level: 'full' },
  'AccessLogReport.civil': { category: 'accessLog', level: 'full' },
  'AccessLogReport.education': { category: 'accessLog', level: 'full' },
  'AccessLogReport.health': { category: 'accessLog', level: 'full' },
  'AccessLogReport.protection': { category: 'accessLog', level: 'full' },
  // every subgraph's bulk-access alerts, counted from its own access log
  'AccessAlertReport.registry': { category: 'accessLog', level: 'full' },
  'AccessAlertReport.identity': { category: 'accessLog', level: 'full' },
  'AccessAlertReport.civil': { category: 'accessLog', level: 'full' },
  'AccessAlertReport.education': { category: 'accessLog', level: 'full' },
  'AccessAlertReport.health': { category: 'accessLog', level: 'full' },
  'AccessAlertReport.protection': { category: 'accessLog', level: 'full' },
} satisfies Record<string, FieldRule>;

export type RestrictedField = keyof typeof FIELD_RULES;

/** Fields every authenticated caller may read: the entity key and the audit report's own key. */
export const OPEN_FIELDS: readonly string[] = ['Child.id', 'AccessLogReport.childId', 'AccessAlertReport.since'];

/**
 * Who may read a subgraph's own SDL (`_service { sdl }`) in production, where introspection is off:
 * the hub, which composes the graph. Everyone else learns the schema from the published API docs.
 */
export const SCHEMA_READERS: readonly Agency[] = ['HUB'];

/** Agencies that may read a field, in a stable order. */
export function readersOf(field: RestrictedField): Agency[] {
  const rule: FieldRule = FIELD_RULES[field];
  const readers = new Set((rule.itemCategories ?? [rule.category]).flatMap((category) => readersOfCategory(category, rule.level)));
  return AGENCIES.filter((agency) => readers.has(agency));
}

function readersOfCategory(category: CategoryName, level: FieldRule['level']): Agency[] {
  const readers: Partial<Record<Agency, Access>> = CATEGORIES[category].readers;
  return (Object.entries(readers) as [Agency, Access][]).filter(([, access]) => access === 'R' || level === 'summary').map(([agency]) => agency);
}

export function mayRead(agency: Agency, field: RestrictedField): boolean {
  return readersOf(field).includes(agency);
}

export function isAudited(field: RestrictedField): boolean {
  return CATEGORIES[FIELD_RULES[field].category].audited;
}

/** The scope a token of this agency carries, as `@requiresScopes` names it. */
export const agencyScope = (agency: Agency): string => `agency:${agency}`;

/**
 * Special-circumstance groups (Law on Children 2016, art. 10) that are highly sensitive, and the
 * category that decides who reads each: they are served only through `Child.sensitiveCircumstances`,
 * never through `Child.specialCircumstances`. Living with HIV tells a child's HIV status, which is
 * HEALTH's (and SOCIAL's, who support the child), not POLICE's.
 */
export const SENSITIVE_GROUP_CATEGORIES = {
  LIVING_WITH_HIV: 'hivCircumstance',
  IN_CONFLICT_WITH_LAW: 'sensitiveCircumstances',
  DRUG_ADDICTED: 'sensitiveCircumstances',
  SEVERELY_HARMED_BY_VIOLENCE: 'sensitiveCircumstances',
  EXPLOITED: 'sensitiveCircumstances',
  SEXUALLY_ABUSED: 'sensitiveCircumstances',
  TRAFFICKED: 'sensitiveCircumstances',
} satisfies Record<string, CategoryName>;

export const SENSITIVE_CIRCUMSTANCE_GROUPS: readonly string[] = Object.keys(SENSITIVE_GROUP_CATEGORIES);

/** Whether this agency may read a sensitive group's items of `Child.sensitiveCircumstances` (full access to the group's category). */
export function mayReadSensitiveGroup(agency: Agency, group: string): boolean {
  const category: CategoryName | undefined = (SENSITIVE_GROUP_CATEGORIES as Record<string, CategoryName>)[group];
  return category !== undefined && readersOfCategory(category, 'full').includes(agency);
}

/**
 * Whether this agency may see indicators broken down by Article 10 group: the agencies that read
 * the groups in full (the sensitive ones only ever as one combined count, in any aggregate).
 */
export function mayBreakDownByCircumstanceGroup(agency: Agency): boolean {
  return readersOfCategory('specialCircumstances', 'full').includes(agency) || readersOfCategory('sensitiveCircumstances', 'full').includes(agency);
}
