import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../shared/subgraph-module';
import type { ProtectionDb } from './protection.db';
import type { ProtectionLoaders } from './protection.loaders';
import {
  AbandonmentCase,
  CarePlacement,
  Child,
  HouseholdPoverty,
  ReceptionStep,
  SpecialCircumstance,
  SupportPayment,
} from './protection.type';

type Context = SubgraphContext<ProtectionDb, ProtectionLoaders>;
type ChildRef = { id: string };

/** Social protection records (SOCIAL), kept by commune child-protection officers. */
@Resolver(() => Child)
export class ChildProtectionResolver {
  @FieldResolver(() => [SpecialCircumstance], { description: 'Classifications, newest first.' })
  specialCircumstances(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.circumstancesByChild.load(child.id);
  }

  @FieldResolver(() => [CarePlacement], { description: 'Alternative-care placements, newest first.' })
  carePlacements(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.placementsByChild.load(child.id);
  }

  @FieldResolver(() => [SupportPayment], { description: 'Support payments, newest first.' })
  supportPayments(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.paymentsByChild.load(child.id);
  }

  @FieldResolver(() => [HouseholdPoverty], { description: "The household's poor / near-poor listings, newest first." })
  householdPoverty(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.povertyByChild.load(child.id);
  }

  @FieldResolver(() => AbandonmentCase, { nullable: true })
  abandonmentCase(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.abandonmentByChild.load(child.id);
  }
}

@Resolver(() => AbandonmentCase)
export class AbandonmentCaseResolver {
  @FieldResolver(() => [ReceptionStep], { description: 'Reception and legal-file steps, by due date.' })
  steps(@Root() file: AbandonmentCase, @Ctx() ctx: Context) {
    return ctx.loaders.stepsByCase.load(file.id);
  }
}
