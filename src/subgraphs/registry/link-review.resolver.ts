import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { LinkReview, Prisma } from '../../generated/prisma/registry/client';
import { Restricted } from '../../auth/guard';
import { communeWithin, jurisdictionWhere } from '../../auth/jurisdiction';
import { badUserInput } from '../../shared/errors';
import { AFTER_ARG, decodeCursor, encodeCursor, FIRST_ARG, LIST_FILTER_ARG, pageSize } from '../../server/pagination';
import type { SubgraphContext } from '../../server/subgraph-module';
import type { ScoredCandidate } from '../../linkage/decide';
import { newMasterFrom } from '../../linkage/new-master';
import { holdApart, liftHolds } from '../../linkage/link-holds';
import { linkablePersonalId } from '../../domain/personal-id';
import { moveChildFacts, moveRecordFacts, recomputeChildren } from './link-review.facts';
import type { RegistryTx } from './feeds/refresh';
import {
  LinkCorrection, LinkReviewConnectionTypes, LinkReviewFilter, LinkReviewItem, MergeChildrenInput, ResolveLinkReviewInput, UnlinkRecordInput,
  type LinkCandidate,
} from './link-review.type';
import { isMasterChildId } from './master-id';
import type { RegistryDb } from './registry.db';
import type { RegistryLoaders } from './registry.loaders';
import { checkAreaFilter } from './area-filter';
import { isUuid } from '../../shared/uuid';

type Context = SubgraphContext<RegistryDb, RegistryLoaders>;
const { Connection: LinkReviewConnection, fromPage } = LinkReviewConnectionTypes;
const MAX_NOTE = 2000;

/**
 * The people's side of record linkage (JUSTICE and SOCIAL, within their jurisdiction): the queue
 * of records the engine could not decide, the decision on each, and corrections of links already
 * made (merge two master children, move a record to another child). Nothing is deleted without
 * its records moving first; every decision records who (token subject and agency) and when.
 * A decision stands: a record split off a child, or resolved NEW_CHILD against its candidates, is
 * held apart from them (LinkHold) until a person links it there. Both children's facts and lists
 * follow at once; agency records learn their new childId when `childgraph link` next writes links back.
 */
@Resolver()
export class LinkReviewResolver {
  @Query(() => LinkReviewConnection, { description: 'Records waiting for a person to decide their child, highest score first (keyset pagination).' })
  @Restricted('Query.linkReviewQueue')
  async linkReviewQueue(
    @Ctx() ctx: Context,
    @Arg('filter', () => LinkReviewFilter, LIST_FILTER_ARG) filter?: LinkReviewFilter | null,
    @Arg('first', () => Int, FIRST_ARG) first?: number | null,
    @Arg('after', () => String, AFTER_ARG) after?: string | null,
  ) {
    const take = pageSize(first);
    const where: Prisma.LinkReviewWhereInput = { AND: [reviewWhere(filter ?? {}), jurisdictionWhere(ctx.principal.jurisdiction)] };
    const cursor = decodeCursor(after, 2) as [number, string] | null;
    if (cursor && (typeof cursor[0] !== 'number' || typeof cursor[1] !== 'string')) throw badUserInput('"after" is not a cursor this list issued; pass pageInfo.endCursor unchanged', 'after');
    const afterCursor: Prisma.LinkReviewWhereInput = cursor ? { OR: [{ score: { lt: cursor[0] } }, { score: cursor[0], id: { gt: cursor[1] } }] } : {};
    const [rows, totalCount] = await Promise.all([
      ctx.db.linkReview.findMany({ where: { AND: [where, afterCursor] }, orderBy: [{ score: 'desc' }, { id: 'asc' }], take: take + 1 }),
      ctx.db.linkReview.count({ where }),
    ]);
    return fromPage({ totalCount, hasNextPage: rows.length > take, nodes: rows.slice(0, take).map(toItem), cursorOf: (node) => encodeCursor([node.score, node.id]) });
  }

  @Mutation(() => LinkReviewItem, { description: 'Decides a review item: LINK to a child (usually a candidate) or NEW_CHILD.' })
  @Restricted('Mutation.resolveLinkReview')
  async resolveLinkReview(@Arg('input', () => ResolveLinkReviewInput, { description: 'The review item and the decision.' }) input: ResolveLinkReviewInput, @Ctx() ctx: Context) {
    const notFound = () => badUserInput(`no review item ${input.reviewId} in your jurisdiction`, 'reviewId');
    if (!isUuid(input.reviewId)) throw notFound();
    checkNote(input.note);
    const review = await ctx.db.linkReview.findUnique({ where: { id: input.reviewId } });
    if (!review || !communeWithin(ctx.principal.jurisdiction, review.communeCode)) throw notFound();
    if (review.status !== 'OPEN') throw badUserInput(`review item ${review.id} was already decided (${review.decision} by ${review.decidedBy} at ${review.decidedAt?.toISOString()})`, 'reviewId');
    let childId: string;
    let score: number | null = null;
    let newMaster: ReturnType<typeof newMasterFrom> | null = null;
    if (input.decision === 'LINK') {
      if (!input.childId) throw badUserInput('LINK needs childId: the child this record belongs to', 'input');
      await masterWithin(ctx, input.childId, 'childId');
      childId = input.childId;
      score = (review.candidates as unknown as ScoredCandidate[]).find((c) => c.childId === childId)?.score ?? null;
    } else {
      if (input.childId) throw badUserInput('NEW_CHILD makes a new master child: leave childId out', 'input');
      // A number contradicting the record's own sex or birth year is not the new child's.
      const personalId = linkablePersonalId(review.personalId, review.sex, review.birthDate.getUTCFullYear());
      const taken = personalId ? await ctx.db.masterChild.findUnique({ where: { personalId } }) : null;
      newMaster = newMasterFrom(review, personalId && !taken ? personalId : null);
      childId = newMaster.id;
    }
    const decided = { decidedBy: ctx.principal.subject, decidedByAgency: ctx.principal.agency, decidedAt: new Date() };
    const rejected = newMaster ? (review.candidates as unknown as ScoredCandidate[]).map((c) => c.childId) : [];
    const resolved = toItem(
      await ctx.db.$transaction(async (tx) => {
        // Claiming the item and deciding it are one step: two reviewers cannot both decide.
        const claimed = await tx.linkReview.updateMany({ where: { id: review.id, status: 'OPEN' }, data: { status: 'RESOLVED', decision: input.decision, decidedChildId: childId, note: input.note ?? null, ...decided } });
        if (claimed.count === 0) throw badUserInput(`review item ${review.id} was decided by someone else meanwhile; reload the queue`, 'reviewId');
        if (newMaster) await tx.masterChild.create({ data: newMaster });
        const link = { childId, method: 'MANUAL' as const, score, linkedAt: decided.decidedAt, syncedAt: null };
        await tx.recordLink.upsert({
          where: { recordKind_sourceRecordId: { recordKind: review.recordKind, sourceRecordId: review.sourceRecordId } },
          create: { agency: review.agency, recordKind: review.recordKind, sourceRecordId: review.sourceRecordId, ...link },
          update: link,
        });
        // NEW_CHILD: none of the candidates, ever, unless a person says so; LINK lifts a hold on that child.
        await holdApart(tx, review, rejected, { decidedBy: decided.decidedBy, decidedByAgency: decided.decidedByAgency, reason: input.note ?? 'NEW_CHILD' });
        await liftHolds(tx, [review], childId);
        await moveRecordFacts(tx, [review], childId);
        return tx.linkReview.findUniqueOrThrow({ where: { id: review.id } });
      }),
    );
    await recomputeChildren(ctx.db, [childId]);
    return resolved;
  }

  @Mutation(() => LinkCorrection, { description: 'Confirms two master children are one child: every record of mergeChildId moves to keepChildId.' })
  @Restricted('Mutation.mergeChildren')
  async mergeChildren(@Arg('input', () => MergeChildrenInput, { description: 'The child kept and the duplicate.' }) input: MergeChildrenInput, @Ctx() ctx: Context) {
    checkNote(input.note);
    if (input.keepChildId === input.mergeChildId) throw badUserInput('keepChildId and mergeChildId are the same child', 'input');
    const keep = await masterWithin(ctx, input.keepChildId, 'keepChildId');
    const merged = await masterWithin(ctx, input.mergeChildId, 'mergeChildId');
    if (keep.personalId && merged.personalId && keep.personalId !== merged.personalId) {
      throw badUserInput(`the children have different personal ID numbers (${keep.personalId}, ${merged.personalId}): correct the population registry first`, 'input');
    }
    const correction = await ctx.db.$transaction(async (tx) => {
      // Every record of the merged child is now linked to the kept one by a person's word: holds on it lift,
      // and what was held apart from the merged child is held apart from the child it turned out to be.
      const moving = await tx.recordLink.findMany({ where: { childId: merged.id }, select: { recordKind: true, sourceRecordId: true } });
      await liftHolds(tx, moving, keep.id);
      await moveHolds(tx, merged.id, keep.id);
      const moved = await tx.recordLink.updateMany({ where: { childId: merged.id }, data: { childId: keep.id, syncedAt: null } });
      await moveChildFacts(tx, merged.id, keep.id);
      await tx.masterChild.delete({ where: { id: merged.id } });
      if (!keep.personalId && merged.personalId) await tx.masterChild.update({ where: { id: keep.id }, data: { personalId: merged.personalId } });
      if (!keep.motherName && merged.motherName) await tx.masterChild.update({ where: { id: keep.id }, data: { motherName: merged.motherName } });
      return tx.linkCorrection.create({ data: { id: randomUUID(), kind: 'MERGE', fromChildId: merged.id, toChildId: keep.id, recordsMoved: moved.count, decidedBy: ctx.principal.subject, decidedByAgency: ctx.principal.agency, note: input.note ?? null } });
    });
    await recomputeChildren(ctx.db, [keep.id, merged.id]);
    return correction;
  }

  @Mutation(() => LinkCorrection, { description: 'Moves one agency record that was linked to the wrong child to the right one (a split).' })
  @Restricted('Mutation.unlinkRecord')
  async unlinkRecord(@Arg('input', () => UnlinkRecordInput, { description: 'The record and the child it belongs to.' }) input: UnlinkRecordInput, @Ctx() ctx: Context) {
    checkNote(input.note);
    const link = await ctx.db.recordLink.findUnique({ where: { recordKind_sourceRecordId: { recordKind: input.recordKind, sourceRecordId: input.sourceRecordId } }, include: { child: true } });
    if (!link || !communeWithin(ctx.principal.jurisdiction, link.child.communeCode)) throw badUserInput(`no linked ${input.recordKind} record ${input.sourceRecordId} in your jurisdiction`, 'sourceRecordId');
    if (link.childId === input.childId) throw badUserInput(`the record is already linked to ${input.childId}`, 'childId');
    await masterWithin(ctx, input.childId, 'childId');
    const decided = { decidedBy: ctx.principal.subject, decidedByAgency: ctx.principal.agency };
    const correction = await ctx.db.$transaction(async (tx) => {
      await tx.recordLink.update({ where: { id: link.id }, data: { childId: input.childId, method: 'MANUAL', score: null, linkedAt: new Date(), syncedAt: null } });
      // The split stands: no later linkage run or import puts the record back on the child it left.
      await holdApart(tx, link, [link.childId], { ...decided, reason: input.note ?? 'SPLIT' });
      await liftHolds(tx, [link], input.childId);
      await moveRecordFacts(tx, [link], input.childId);
      return tx.linkCorrection.create({ data: { id: randomUUID(), kind: 'SPLIT', fromChildId: link.childId, toChildId: input.childId, recordsMoved: 1, ...decided, note: input.note ?? null } });
    });
    // Both children's lists, now: the one the record left and the one it joined.
    await recomputeChildren(ctx.db, [link.childId, input.childId]);
    return correction;
  }
}

/** What was held apart from a merged child is held apart from the child it is (a record now linked there excepted). */
async function moveHolds(tx: RegistryTx, fromChildId: string, toChildId: string) {
  const holds = await tx.linkHold.findMany({ where: { childId: fromChildId } });
  for (const hold of holds) {
    const linkedThere = await tx.recordLink.findFirst({ where: { recordKind: hold.recordKind, sourceRecordId: hold.sourceRecordId, childId: toChildId } });
    if (!linkedThere) await tx.linkHold.createMany({ data: [{ ...hold, id: randomUUID(), childId: toChildId }], skipDuplicates: true });
  }
  await tx.linkHold.deleteMany({ where: { childId: fromChildId } });
}

async function masterWithin(ctx: Context, id: string, argument: string) {
  const notFound = () => badUserInput(`no child ${id} in your jurisdiction; ids look like c_0f8c2d4e-…`, argument);
  if (!isMasterChildId(id)) throw notFound();
  const master = await ctx.db.masterChild.findUnique({ where: { id } });
  if (!master || !communeWithin(ctx.principal.jurisdiction, master.communeCode)) throw notFound();
  return master;
}

function checkNote(note: string | null | undefined) {
  if (note && note.length > MAX_NOTE) throw badUserInput('note is longer than 2,000 characters', 'input');
}

function reviewWhere(filter: LinkReviewFilter): Prisma.LinkReviewWhereInput {
  const conditions: Prisma.LinkReviewWhereInput[] = [{ status: filter.status ?? 'OPEN' }];
  checkAreaFilter(filter);
  if (filter.provinceCode != null) conditions.push({ provinceCode: filter.provinceCode });
  if (filter.communeCode != null) conditions.push({ communeCode: filter.communeCode });
  if (filter.recordKind != null) conditions.push({ recordKind: filter.recordKind });
  return { AND: conditions };
}

function toItem(row: LinkReview): LinkReviewItem {
  const candidates = (row.candidates as unknown as ScoredCandidate[]).map(
    (c): LinkCandidate => ({
      childId: c.childId,
      score: c.score,
      fields: [
        ...(['name', 'birthDate', 'sex', 'commune', 'motherName'] as const).map((field) => ({ field, level: c.comparison[field].level, weight: c.comparison[field].weight })),
        ...(c.comparison.personalIdConflict ? [{ field: 'personalId', level: 'CONFLICT', weight: c.score - c.comparison.name.weight - c.comparison.birthDate.weight - c.comparison.sex.weight - c.comparison.commune.weight - c.comparison.motherName.weight }] : []),
      ],
    }),
  );
  const { personalId, fullName, birthDate, sex, communeCode, motherName } = row;
  return { ...row, record: { personalId, fullName, birthDate, sex, communeCode, motherName }, candidates };
}
