import { Kind, type GraphQLResolveInfo } from 'graphql';
import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../shared/errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** The `first` argument of every list: the bounds `pageSize` enforces. */
export const FIRST_ARG = { nullable: true, description: `Page size: 1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.` } as const;

/** The `filter` argument of every list. */
export const LIST_FILTER_ARG = { nullable: true, description: 'Conditions every row must meet; leave out for all rows within your jurisdiction.' } as const;

/** The `after` argument of every list and change feed. */
export const AFTER_ARG = { nullable: true, description: "The previous page's end cursor, unchanged; leave out for the first page." } as const;

// Shareable: every subgraph with a list (registry, protection) resolves the same PageInfo.
@ObjectType({ description: 'Where a page ends, and whether another follows.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null when the page is empty.' })
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
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Pass as `after` to continue after this row.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The row.' })
    node!: Node;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} rows (keyset pagination: pass pageInfo.endCursor as \`after\` for the next).` })
  class Connection {
    @Field(() => Int, { description: 'Rows of the whole list, all pages, as the filter and your jurisdiction leave them.' })
    totalCount!: number | null;

    @Field(() => PageInfo, { description: 'Where this page ends, and whether another follows.' })
    pageInfo!: PageInfo;

    @Field(() => [Edge], { description: 'The rows of this page, in the order of the list.' })
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
