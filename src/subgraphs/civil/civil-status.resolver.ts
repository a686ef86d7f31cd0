import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import { AdoptionStatus } from '../../generated/prisma/civil/enums';
import type { SubgraphContext } from '../../server/subgraph-module';
import type { CivilDb } from './civil.db';
import type { CivilLoaders } from './civil.loaders';
import { Adoption, AdoptiveParent, BirthRegistration, Child } from './civil-status.type';

type Context = SubgraphContext<CivilDb, CivilLoaders>;
type ChildRef = { id: string };

/** Civil status as the commune registers (JUSTICE) hold it. */
@Resolver(() => Child)
export class ChildCivilStatusResolver {
  @FieldResolver(() => BirthRegistration, { nullable: true, description: 'Null when no birth registration is on record.' })
  @Restricted('Child.birthRegistration')
  birthRegistration(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.birthRegistrationByChild.load(child.id);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether a birth registration is on record (a summary). Null when the civil subgraph is not available now, or not to your agency.' })
  @Restricted('Child.hasBirthRegistration')
  async hasBirthRegistration(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return (await ctx.loaders.birthRegistrationByChild.load(child.id)) !== null;
  }

  @FieldResolver(() => [Adoption], { nullable: true, description: 'Adoption cases, newest first. Null when the civil subgraph is not available now, or not to your agency.' })
  @Restricted('Child.adoptions')
  adoptions(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return this.adoptionsOf(child, ctx);
  }

  @FieldResolver(() => AdoptionStatus, { nullable: true, description: 'Status of the latest adoption case, if any (a summary).' })
  @Restricted('Child.adoptionStatus')
  async adoptionStatus(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return (await this.adoptionsOf(child, ctx))[0]?.status ?? null;
  }

  private async adoptionsOf(child: ChildRef, ctx: Context) {
    const registration = await ctx.loaders.birthRegistrationByChild.load(child.id);
    return registration ? ctx.loaders.adoptionsByRegistration.load(registration.id) : [];
  }
}

@Resolver(() => Adoption)
export class AdoptionResolver {
  @FieldResolver(() => [AdoptiveParent], { description: 'The adoptive parents named in the case.' })
  adoptiveParents(@Root() adoption: Adoption, @Ctx() ctx: Context) {
    return ctx.loaders.adoptiveParentsByAdoption.load(adoption.id);
  }
}
