import { Kind, type GraphQLResolveInfo } from 'graphql';
import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../shared/errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

// Shareable: every subgraph with a list (registry, protection) resolves the same PageInfo.
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Validates `first`: a clear error rather than a silent clamp, so callers notice. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 1 and ${MAX_PAGE_SIZE}; got ${first}`, 'first');
  }
  return first;
}

/** Cursors are opaque to clients: base64url of the keyset values of the last row. */
export function encodeCursor(keys: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(keys) && keys.length === arity && keys.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return keys;
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('"after" is not a cursor this list issued; pass pageInfo.endCursor unchanged', 'after');
}

/**
 * Whether the query selects `name` on the connection this resolver returns. A fragment counts as
 * selecting it (it is not looked into): a wrong "yes" only costs work, a wrong "no" would be a bug.
 */
export function selectsConnectionField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind !== Kind.FIELD || s.name.value === name) ?? true);
}

export interface Page<Node> {
  /** Null only when the query did not select it (see selectsConnectionField); GraphQL refuses a null it would send. */
  totalCount: number | null;
  hasNextPage: boolean;
  nodes: Node[];
  cursorOf: (node: Node) => string;
}

/** An edge whose cursor is encoded only if the query reads it: most list queries take only `pageInfo.endCursor`. */
class LazyCursorEdge<Node> {
  constructor(
    readonly node: Node,
    private readonly cursorOf: (node: Node) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.node);
  }
}

/** Builds the `<Name>Connection` and `<Name>Edge` types of the public contract for a node type. */
export function connectionTypes<Node extends object>(name: string, nodeType: ClassType<Node>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: Node;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => Int)
    totalCount!: number | null;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [Edge])
    edges!: Edge[];
  }

  const fromPage = (page: Page<Node>): Connection => {
    const edges = page.nodes.map((node) => new LazyCursorEdge(node, page.cursorOf));
    return {
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      edges,
    };
  };
  return { Edge, Connection, fromPage };
}
