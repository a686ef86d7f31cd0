import { DateScalar } from '../../server/date-scalar';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { recordsOfSubjects } from '../../server/loaders';
import type { SubgraphContext } from '../../server/subgraph-module';
import type { HealthDb } from './health.db';
import type { HealthLoaders } from './health.loaders';
import { Child, Disability, HivStatus, InsuranceCard, Screening } from './health.type';

type Context = SubgraphContext<HealthDb, HealthLoaders>;
type ChildRef = { id: string };

/** Health records (HEALTH): screenings, disability, insurance, HIV care. */
@Resolver(() => Child)
export class ChildHealthResolver {
  @FieldResolver(() => [Screening], { nullable: true, description: 'Screenings, newest first. Null when the health subgraph is not available now, or not to your agency.' })
  @Restricted('Child.screenings')
  screenings(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return recordsOfSubjects(ctx.loaders.patientsByChild.load(child.id), ctx.loaders.screeningsByPatient);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Date of the latest screening (a summary).' })
  @Restricted('Child.lastScreenedOn')
  async lastScreenedOn(@Root() child: ChildRef, @Ctx() ctx: Context) {
    const screenings = await recordsOfSubjects(ctx.loaders.patientsByChild.load(child.id), ctx.loaders.screeningsByPatient);
    return screenings.reduce<Date | null>((latest, s) => (!latest || s.screenedOn > latest ? s.screenedOn : latest), null);
  }

  @FieldResolver(() => Disability, { nullable: true, description: "The child's recorded disability; null when none is recorded, the health subgraph is not available now, or not to your agency." })
  @Restricted('Child.disability')
  async disability(@Root() child: ChildRef, @Ctx() ctx: Context) {
    const [latest] = await recordsOfSubjects(ctx.loaders.patientsByChild.load(child.id), ctx.loaders.disabilitiesByPatient);
    return latest ?? null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether a disability is recorded (a summary). Null when the health subgraph is not available now, or not to your agency.' })
  @Restricted('Child.hasDisability')
  async hasDisability(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return (await recordsOfSubjects(ctx.loaders.patientsByChild.load(child.id), ctx.loaders.disabilitiesByPatient)).length > 0;
  }

  @FieldResolver(() => [InsuranceCard], { nullable: true, description: 'Health-insurance cards, latest validity first. Null when the health subgraph is not available now, or not to your agency.' })
  @Restricted('Child.insuranceCards')
  insuranceCards(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return recordsOfSubjects(ctx.loaders.patientsByChild.load(child.id), ctx.loaders.insuranceCardsByPatient);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether a card is valid today (a summary). Null when the health subgraph is not available now, or not to your agency.' })
  @Restricted('Child.hasValidInsurance')
  async hasValidInsurance(@Root() child: ChildRef, @Ctx() ctx: Context) {
    const today = new Date();
    const cards = await recordsOfSubjects(ctx.loaders.patientsByChild.load(child.id), ctx.loaders.insuranceCardsByPatient);
    return cards.some((card) => card.validFrom <= today && card.validTo >= today);
  }

  @FieldResolver(() => HivStatus, { nullable: true, description: "The child's HIV status; null when none is recorded, the health subgraph is not available now, or not to your agency." })
  @Restricted('Child.hivStatus')
  async hivStatus(@Root() child: ChildRef, @Ctx() ctx: Context) {
    const [latest] = await recordsOfSubjects(ctx.loaders.patientsByChild.load(child.id), ctx.loaders.hivStatusesByPatient);
    return latest ?? null;
  }
}
