import { DateScalar } from '../../server/date-scalar';
import { Field, ID, ObjectType } from 'type-graphql';
import { SUBJECT_RECORD_SELECT, SubjectFeedRow, subjectRecordFeedResolver } from '../../change-feed/subject-feed';
import type { HealthDb } from './health.db';
import { deletionFeedResolver } from '../../change-feed/deletion-feed';

/** A card's validity only: the card number identifies the child and never leaves this subgraph. */
@ObjectType('HealthPatientFeedInsuranceCard', { description: "A health insurance card's validity (thẻ bảo hiểm y tế), without its number." })
class PatientFeedInsuranceCard {
  @Field(() => ID, { description: "The card's id in the health subgraph (not the card number)." })
  cardId!: string;

  @Field(() => DateScalar, { description: 'First day the card is valid.' })
  validFrom!: Date;

  @Field(() => DateScalar, { description: 'Last day the card is valid.' })
  validTo!: Date;
}

/**
 * Beyond identity, only what the hub's lists and indicators count: whether a disability is known
 * (never its kind, never HIV), when the child was last screened, and which periods insurance covers.
 */
@ObjectType('HealthPatientFeedRow', { description: 'A health record of a child: who it says the child is, whether it knows a disability, screening and insurance coverage.' })
class PatientFeedRow extends SubjectFeedRow {
  @Field({ description: 'Whether the health record knows a disability of the child.' })
  hasDisability!: boolean;

  @Field(() => DateScalar, { nullable: true, description: "The date of the patient's latest health screening; null when never screened." })
  lastScreenedOn!: Date | null;

  @Field(() => [PatientFeedInsuranceCard], { description: "All the patient's insurance cards: the hub replaces its copy with them." })
  insuranceCards!: PatientFeedInsuranceCard[];
}

/**
 * Patient records in change order, for the hub (HUB only). A trigger touches the patient whenever
 * its disability record (migration 20261123191616_dropout_risk), a screening or an insurance card
 * (migration 20261203142800_indicator_facts) changes.
 */
export const PatientFeedResolver = subjectRecordFeedResolver({
  typeName: 'HealthPatient',
  field: 'Query.healthPatientFeed',
  description: 'Health records of children',
  rowType: PatientFeedRow,
  read: (db: HealthDb, query) =>
    db.patient.findMany({
      ...query,
      select: {
        ...SUBJECT_RECORD_SELECT,
        disability: { select: { id: true } },
        screenings: { orderBy: { screenedOn: 'desc' }, take: 1, select: { screenedOn: true } },
        insuranceCards: { orderBy: { validFrom: 'asc' }, select: { id: true, validFrom: true, validTo: true } },
      },
    }),
  extraFields: (patient) => ({
    hasDisability: patient.disability !== null,
    lastScreenedOn: patient.screenings[0]?.screenedOn ?? null,
    insuranceCards: patient.insuranceCards.map(({ id, ...validity }) => ({ cardId: id, ...validity })),
  }),
});

/** Deleted health records the hub copies (tombstones written by triggers), for the hub (HUB only). */
export const DeletionFeedResolver = deletionFeedResolver({ typeName: 'Health', field: 'Query.healthDeletionFeed', read: (db: HealthDb, query) => db.deletedRecord.findMany(query) });
