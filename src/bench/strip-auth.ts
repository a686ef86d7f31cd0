import { Kind, parse, print, visit, type ConstDirectiveNode, type DirectiveNode } from 'graphql';

const AUTH_DIRECTIVES = new Set(['requiresScopes', 'authenticated', 'policy']);
const AUTH_SPEC = /specs\.apollo\.dev\/(requiresScopes|authenticated|policy)\//;

function isAuthLink(node: DirectiveNode | ConstDirectiveNode): boolean {
  if (node.name.value !== 'link') return false;
  const url = node.arguments?.find((a) => a.name.value === 'url')?.value;
  return url?.kind === Kind.STRING && AUTH_SPEC.test(url.value);
}

/**
 * The same supergraph without its authorization directives (`@requiresScopes`, `@authenticated`,
 * `@policy`, their definitions and `@link`s): what `@apollo/gateway` accepts, since it refuses
 * SECURITY features. Everything else, query plans included, stays as composed.
 */
export function stripAuthDirectives(supergraphSdl: string): string {
  const stripped = visit(parse(supergraphSdl), {
    Directive: (node) => (AUTH_DIRECTIVES.has(node.name.value) || isAuthLink(node) ? null : undefined),
    DirectiveDefinition: (node) => (AUTH_DIRECTIVES.has(node.name.value) ? null : undefined),
    ScalarTypeDefinition: (node) => (/^(requiresScopes|policy)__/.test(node.name.value) ? null : undefined),
  });
  return print(stripped);
}
