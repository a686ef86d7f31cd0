import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Directive, Extensions } from 'type-graphql';
import { ErrorCode } from '../shared/errors';
import type { AuditCollector } from './audit';
import { agencyScope, isAudited, readersOf, type RestrictedField } from './policy';
import type { Agency, Principal } from './principal';

/** What the guard needs from every subgraph's request context. */
export interface GuardedContext {
  principal: Principal;
  audit: AuditCollector;
}

export function forbidden(field: string, agency: Agency): GraphQLError {
  return new GraphQLError(`${agency} may not read ${field}: it is not shared with this agency`, {
    extensions: { code: ErrorCode.Forbidden },
  });
}

/** `@requiresScopes` for a field readable by any one of these agencies (OR of single scopes). */
export function requiresScopesDirective(readers: readonly Agency[]): string {
  return `@requiresScopes(scopes: [${readers.map((agency) => `["${agencyScope(agency)}"]`).join(', ')}])`;
}

/** The field extension that names a field's policy rule; `guardRestrictedFields` attaches the check from it. */
export const RESTRICTED_EXTENSION = 'childgraphRestrictedField';

/**
 * Marks a field as governed by the policy rule of the same name: prints `@requiresScopes` into the
 * SDL (so a Federation router enforces it at the edge) and names the rule in the field's extensions,
 * from which `guardRestrictedFields` attaches a check to this field alone. The check refuses other
 * agencies with UNAUTHORIZED_FIELD_OR_TYPE (the field becomes null, the rest of the response still
 * arrives) and, for audited fields, records the release.
 */
export function Restricted(field: RestrictedField): MethodDecorator & PropertyDecorator {
  const readers = readersOf(field);
  const enforce = !enforcementDisabledForBenchmark();
  const scopes = Directive(requiresScopesDirective(readers));
  const mark = Extensions({ [RESTRICTED_EXTENSION]: field });
  return ((prototype: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => {
    scopes(prototype, propertyKey, descriptor as TypedPropertyDescriptor<unknown>);
    if (enforce) mark(prototype, propertyKey, descriptor as TypedPropertyDescriptor<unknown>);
  }) as MethodDecorator & PropertyDecorator;
}

/**
 * Wraps the resolver of every field marked by `@Restricted` in a resolver map (type-graphql's, before
 * it becomes the subgraph schema) with its rule's check. A plain synchronous wrapper on purpose:
 * type-graphql's middleware chain (`UseMiddleware`) is async, which made each restricted field a
 * promise per row: about a third of the registry's CPU on a 500-row list page (README, Performance).
 * The release is recorded before the resolver runs, so a failing resolver errs towards logging.
 */
export function guardRestrictedFields<Map extends Record<string, unknown>>(schema: GraphQLSchema, resolvers: Map): Map {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const rule = field.extensions?.[RESTRICTED_EXTENSION] as RestrictedField | undefined;
      if (!rule) continue;
      const fields = (resolvers[type.name] ?? {}) as Record<string, unknown>;
      const resolve = (fields[name] ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, GuardedContext>;
      (resolvers as Record<string, unknown>)[type.name] = { ...fields, [name]: guarded(rule, resolve) };
    }
  }
  return resolvers;
}

function guarded(field: RestrictedField, resolve: GraphQLFieldResolver<unknown, GuardedContext>): GraphQLFieldResolver<unknown, GuardedContext> {
  const allowed = new Set(readersOf(field));
  const audited = isAudited(field);
  return (root, args, context, info) => {
    if (!allowed.has(context.principal.agency)) throw forbidden(field, context.principal.agency);
    if (audited) context.audit.record(field, (root as { id?: string } | undefined)?.id);
    return resolve(root, args, context, info);
  };
}

let enforcementOff = false;

/**
 * The benchmark measures what enforcement costs by running the same build without it: its own
 * entry point (src/bench/unguarded-stack.ts) calls this before any subgraph module is loaded. No
 * setting turns the checks off; only code in the process can, and never in production.
 */
export function turnOffEnforcementForBenchmark(): void {
  if (process.env.NODE_ENV === 'production') throw new Error('access control cannot be turned off in production');
  enforcementOff = true;
}

export function enforcementDisabledForBenchmark(): boolean {
  return enforcementOff;
}
