import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { mayReadSensitiveGroup, SENSITIVE_CIRCUMSTANCE_GROUPS } from '../../auth/policy';
import { recordsOfSubjects } from '../../server/loaders';
import type { SubgraphContext } from '../../server/subgraph-module';
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
  @FieldResolver(() => [SpecialCircumstance], { nullable: true, description: 'Classifications in the non-sensitive groups, newest first. Null when the protection subgraph is not available now, or not to your agency.' })
  @Restricted('Child.specialCircumstances')
  async specialCircumstances(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return (await this.circumstances(child, ctx)).filter((c) => !SENSITIVE_CIRCUMSTANCE_GROUPS.includes(c.group));
  }

  @FieldResolver(() => [SpecialCircumstance], {
    nullable: true,
    description: 'Classifications in the highly sensitive groups (abuse, trafficking, HIV, conflict with the law), each group only to the agencies the policy lets read it (living with HIV: HEALTH and SOCIAL). Null when the protection subgraph is not available now, or not to your agency.',
  })
  @Restricted('Child.sensitiveCircumstances')
  async sensitiveCircumstances(@Root() child: ChildRef, @Ctx() ctx: Context) {
    const { agency } = ctx.principal;
    return (await this.circumstances(child, ctx)).filter((c) => mayReadSensitiveGroup(agency, c.group));
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the child is in a non-sensitive special-circumstance group now (a summary). Null when the protection subgraph is not available now, or not to your agency.' })
  @Restricted('Child.inSpecialCircumstances')
  async inSpecialCircumstances(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return (await this.circumstances(child, ctx)).some((c) => c.endedOn === null && !SENSITIVE_CIRCUMSTANCE_GROUPS.includes(c.group));
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the child is in alternative care now (a summary). Null when the protection subgraph is not available now, or not to your agency.' })
  @Restricted('Child.inAlternativeCare')
  async inAlternativeCare(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return (await recordsOfSubjects(this.profiles(child, ctx), ctx.loaders.placementsByProfile)).some((p) => p.endedOn === null);
  }

  @FieldResolver(() => [CarePlacement], { nullable: true, description: 'Alternative-care placements, newest first. Null when the protection subgraph is not available now, or not to your agency.' })
  @Restricted('Child.carePlacements')
  carePlacements(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return recordsOfSubjects(this.profiles(child, ctx), ctx.loaders.placementsByProfile);
  }

  @FieldResolver(() => [SupportPayment], { nullable: true, description: 'Support payments, newest first. Null when the protection subgraph is not available now, or not to your agency.' })
  @Restricted('Child.supportPayments')
  supportPayments(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return recordsOfSubjects(this.profiles(child, ctx), ctx.loaders.paymentsByProfile);
  }

  @FieldResolver(() => [HouseholdPoverty], { nullable: true, description: "The household's poor / near-poor listings, newest first. Null when the protection subgraph is not available now, or not to your agency." })
  @Restricted('Child.householdPoverty')
  householdPoverty(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return recordsOfSubjects(this.profiles(child, ctx), ctx.loaders.povertyByProfile);
  }

  @FieldResolver(() => AbandonmentCase, { nullable: true, description: "The child's reception file as an abandoned child; null when the child has none, the protection subgraph is not available now, or not to your agency." })
  @Restricted('Child.abandonmentCase')
  async abandonmentCase(@Root() child: ChildRef, @Ctx() ctx: Context) {
    const [file] = await recordsOfSubjects(this.profiles(child, ctx), ctx.loaders.abandonmentByProfile);
    return file ?? null;
  }

  private circumstances(child: ChildRef, ctx: Context) {
    return recordsOfSubjects(this.profiles(child, ctx), ctx.loaders.circumstancesByProfile);
  }

  private profiles(child: ChildRef, ctx: Context) {
    return ctx.loaders.profilesByChild.load(child.id);
  }
}

@Resolver(() => AbandonmentCase)
export class AbandonmentCaseResolver {
  @FieldResolver(() => [ReceptionStep], { description: 'Reception and legal-file steps, by due date.' })
  steps(@Root() file: AbandonmentCase, @Ctx() ctx: Context) {
    return ctx.loaders.stepsByCase.load(file.id);
  }
}
