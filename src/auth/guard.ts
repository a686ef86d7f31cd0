import { GraphQLError } from 'graphql';
import { Directive, UseMiddleware, type MiddlewareFn } from 'type-graphql';
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
  return new GraphQLError(`${agency} may not read ${field} (see schema/permissions.md)`, {
    extensions: { code: ErrorCode.Forbidden },
  });
}

/** `@requiresScopes` for a field readable by any one of these agencies (OR of single scopes). */
export function requiresScopesDirective(readers: readonly Agency[]): string {
  return `@requiresScopes(scopes: [${readers.map((agency) => `["${agencyScope(agency)}"]`).join(', ')}])`;
}

/**
 * Marks a field as governed by the policy rule of the same name: prints `@requiresScopes` into the
 * SDL (so a Federation router enforces it at the edge) and attaches a check to this field alone.
 * The check refuses other agencies with UNAUTHORIZED_FIELD_OR_TYPE (the field becomes null, the
 * rest of the response still arrives) and, for audited fields, records the release.
 */
export function Restricted(field: RestrictedField): MethodDecorator & PropertyDecorator {
  const readers = readersOf(field);
  const enforce = !enforcementDisabledForBenchmark();
  const audited = isAudited(field);
  const allowed = new Set(readers);
  // Synchronous on purpose: an extra await per field per row is measurable on 500-row lists.
  // The release is recorded before the resolver runs, so a failing resolver errs towards logging.
  const guard: MiddlewareFn<GuardedContext> = ({ context, root }, next) => {
    if (!allowed.has(context.principal.agency)) throw forbidden(field, context.principal.agency);
    if (audited) context.audit.record(field, (root as { id?: string } | undefined)?.id);
    return next();
  };

  const scopes = Directive(requiresScopesDirective(readers));
  const check = UseMiddleware(guard);
  return ((prototype: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => {
    scopes(prototype, propertyKey, descriptor as TypedPropertyDescriptor<unknown>);
    if (enforce) check(prototype, propertyKey, descriptor as TypedPropertyDescriptor<unknown>);
  }) as MethodDecorator & PropertyDecorator;
}

/**
 * The benchmark measures what enforcement costs by running the same build without it. Only a
 * process started with CHILDGRAPH_BENCH_WITHOUT_ENFORCEMENT=1 outside production skips the checks.
 */
export function enforcementDisabledForBenchmark(): boolean {
  return process.env.CHILDGRAPH_BENCH_WITHOUT_ENFORCEMENT === '1' && process.env.NODE_ENV !== 'production';
}
