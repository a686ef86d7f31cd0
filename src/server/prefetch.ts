import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';

const namesByDocument = new WeakMap<DocumentNode, ReadonlySet<string>>();

/**
 * The field names one operation selects, anywhere in it. Loaders use them to decide which relations
 * a subject's query brings along; a name selected on another type only over-fetches, never under.
 * Until the operation is known (or outside a GraphQL request) nothing is selected, and every
 * relation is read by its own loader as before.
 */
export class RequestedFields {
  private names: ReadonlySet<string> = new Set();

  /** Called once the operation is parsed; Apollo reuses parsed documents, so the walk is cached. */
  useDocument(document: DocumentNode): void {
    let names = namesByDocument.get(document);
    if (!names) {
      const found = new Set<string>();
      visit(document, { [Kind.FIELD]: (node) => void found.add(node.name.value) });
      names = found;
      namesByDocument.set(document, names);
    }
    this.names = names;
  }

  selectsAny(fields: readonly string[]): boolean {
    return fields.some((field) => this.names.has(field));
  }
}

/** Fills each request's `requested` from its parsed operation, before any resolver runs. */
export function requestedFieldsPlugin(): ApolloServerPlugin<{ requested: RequestedFields }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          contextValue.requested.useDocument(document);
        },
      };
    },
  };
}

/**
 * A relation a subject query may bring along in the same SQL statement (Prisma's relation join),
 * when the operation selects one of `fields` (or `always`). Its rows then seed the relation's own
 * DataLoader, so resolvers read through loaders unchanged and a profile costs one statement per
 * subgraph instead of one per relation and level.
 */
export interface Prefetch<Subject> {
  fields: readonly string[] | 'always';
  /** The Prisma `include` entries for this relation, ordered exactly as its loader orders (a function when it depends on the selection). */
  include: Record<string, unknown> | (() => Record<string, unknown>);
  prime(subject: Subject): void;
}

export interface PrefetchPlan<Subject> {
  /** The `include` for the subject query, or undefined when the operation needs no relation. */
  include(): Record<string, unknown> | undefined;
  /** Seeds the relation loaders from fetched subjects (call with the rows `include()` fetched). */
  primed<Rows extends readonly Subject[]>(rows: Rows): Rows;
}

export function prefetchPlan<Subject>(requested: RequestedFields | undefined, prefetches: readonly Prefetch<Subject>[]): PrefetchPlan<Subject> {
  let wanted: readonly Prefetch<Subject>[] | undefined;
  const choose = () =>
    (wanted ??= prefetches.filter((prefetch) => prefetch.fields === 'always' || (requested?.selectsAny(prefetch.fields) ?? false)));
  return {
    include() {
      const chosen = choose();
      return chosen.length ? Object.assign({}, ...chosen.map(({ include }) => (typeof include === 'function' ? include() : include))) : undefined;
    },
    primed(rows) {
      for (const prefetch of choose()) for (const row of rows) prefetch.prime(row);
      return rows;
    },
  };
}
