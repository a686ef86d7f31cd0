import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../shared/subgraph-module';
import type { HealthDb } from './health.db';
import type { HealthLoaders } from './health.loaders';
import { Child, Disability, HivStatus, InsuranceCard, Screening } from './health.type';

type Context = SubgraphContext<HealthDb, HealthLoaders>;
type ChildRef = { id: string };

/** Health records (HEALTH): screenings, disability, insurance, HIV care. */
@Resolver(() => Child)
export class ChildHealthResolver {
  @FieldResolver(() => [Screening], { description: 'Screenings, newest first.' })
  screenings(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.screeningsByChild.load(child.id);
  }

  @FieldResolver(() => Disability, { nullable: true })
  disability(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.disabilityByChild.load(child.id);
  }

  @FieldResolver(() => [InsuranceCard], { description: 'Health-insurance cards, latest validity first.' })
  insuranceCards(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.insuranceCardsByChild.load(child.id);
  }

  @FieldResolver(() => HivStatus, { nullable: true })
  hivStatus(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.hivStatusByChild.load(child.id);
  }
}
