import { DateScalar } from '../../server/date-scalar';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Restricted } from '../../auth/guard';
import type { SubgraphContext } from '../../server/subgraph-module';
import type { IdentityDb } from './identity.db';
import type { IdentityLoaders } from './identity.loaders';
import { Child, Guardian, Household, HouseholdMember, Residence, type ChildRef } from './person.type';
import { Sex } from '../../generated/prisma/identity/enums';

type Context = SubgraphContext<IdentityDb, IdentityLoaders>;

/** Identity and residence as the population registry (POLICE) holds them. */
@Resolver(() => Child)
export class ChildIdentityResolver {
  private person(child: ChildRef, ctx: Context) {
    return ctx.loaders.personByChild.load(child.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal identification number (số định danh cá nhân).' })
  @Restricted('Child.personalId')
  async personalId(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return (await this.person(child, ctx))?.personalId ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Full name, family name first (họ và tên).' })
  @Restricted('Child.fullName')
  async fullName(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return (await this.person(child, ctx))?.fullName ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Date of birth as the population registry records it; null when the registry does not know the child.' })
  @Restricted('Child.birthDate')
  async birthDate(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return (await this.person(child, ctx))?.birthDate ?? null;
  }

  @FieldResolver(() => Sex, { nullable: true, description: 'Sex as the population registry records it; null when the registry does not know the child.' })
  @Restricted('Child.sex')
  async sex(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return (await this.person(child, ctx))?.sex ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Ethnic group (dân tộc).' })
  @Restricted('Child.ethnicity')
  async ethnicity(@Root() child: ChildRef, @Ctx() ctx: Context) {
    return (await this.person(child, ctx))?.ethnicity ?? null;
  }

  @FieldResolver(() => [Residence], { nullable: true, description: 'Permanent and temporary residences, newest first. Null when the identity subgraph is not available now, or not to your agency.' })
  @Restricted('Child.residences')
  async residences(@Root() child: ChildRef, @Ctx() ctx: Context) {
    const person = await this.person(child, ctx);
    return person ? ctx.loaders.residencesByPerson.load(person.id) : [];
  }

  @FieldResolver(() => [Guardian], { nullable: true, description: 'Null when the identity subgraph is not available now, or not to your agency.' })
  @Restricted('Child.guardians')
  async guardians(@Root() child: ChildRef, @Ctx() ctx: Context) {
    const person = await this.person(child, ctx);
    return person ? ctx.loaders.guardiansByPerson.load(person.id) : [];
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The household the child is registered in; null when the child is in none the registry knows, or your agency may not read it.' })
  @Restricted('Child.household')
  async household(@Root() child: ChildRef, @Ctx() ctx: Context) {
    const person = await this.person(child, ctx);
    return person?.householdId ? ctx.loaders.householdById.load(person.householdId) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Members of the registered household (a summary for HEALTH).' })
  @Restricted('Child.householdSize')
  async householdSize(@Root() child: ChildRef, @Ctx() ctx: Context) {
    const person = await this.person(child, ctx);
    return person?.householdId ? (await ctx.loaders.membersByHousehold.load(person.householdId)).length : null;
  }
}

@Resolver(() => Household)
export class HouseholdResolver {
  /**
   * Members are released under `Child.household`, whose guard logged only the child asked about:
   * the siblings among them are children whose names and birth years this response carries too.
   */
  @FieldResolver(() => [HouseholdMember], { description: "The household's members as the register lists them." })
  async members(@Root() household: Household, @Ctx() ctx: Context) {
    const members = await ctx.loaders.membersByHousehold.load(household.id);
    for (const member of members) if (member.childId) ctx.audit.record('Child.household', member.childId);
    return members;
  }
}

@Resolver(() => HouseholdMember)
export class HouseholdMemberResolver {
  @FieldResolver(() => Child, { nullable: true, description: 'The member as a child in the graph, when the member is one.' })
  child(@Root() member: HouseholdMember): ChildRef | null {
    return member.childId ? { id: member.childId } : null;
  }
}
