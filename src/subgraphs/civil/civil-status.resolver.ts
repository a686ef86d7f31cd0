import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../shared/subgraph-module';
import type { CivilDb } from './civil.db';
import type { CivilLoaders } from './civil.loaders';
import { Adoption, AdoptiveParent, BirthRegistration, Child } from './civil-status.type';

type Context = SubgraphContext<CivilDb, CivilLoaders>;
type ChildRef = { id: string };

/** Civil status as the commune registers (JUSTICE) hold it. */
@Resolver(() => Child)
export class ChildCivilStatusResolver {
  @FieldResolver(() => BirthRegistration, { nullable: true, description: 'Null when no birth registration is on record.' })
  birthRegistration(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.birthRegistrationByChild.load(child.id);
  }

  @FieldResolver(() => [Adoption], { description: 'Adoption cases, newest first.' })
  adoptions(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return ctx.loaders.adoptionsByChild.load(child.id);
  }
}

@Resolver(() => Adoption)
export class AdoptionResolver {
  @FieldResolver(() => [AdoptiveParent])
  adoptiveParents(@Root() adoption: Adoption, @Ctx() ctx: Context) {
    return ctx.loaders.adoptiveParentsByAdoption.load(adoption.id);
  }
}
