import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createGraphQLError } from '@graphql-tools/utils';
import { ErrorCode } from '../shared/errors';
import { projectRoot } from '../shared/paths';
import { isClientName } from '../auth/principal';

/**
 * Trusted documents: the typed client's operations (src/client) are published as a manifest,
 * `sha256:<hex>` → document text, written by `npm run codegen`. An app sends `{"documentId": "…",
 * "variables": …}` (or Apollo's `extensions.persistedQuery.sha256Hash`) instead of a query, and the
 * gateway runs the document it knows by that id. With CHILDGRAPH_PERSISTED_ONLY=1 it runs nothing
 * else, so a stolen session or token cannot send the API a query of its own making. Per client,
 * CHILDGRAPH_PERSISTED_ONLY=web,dashboard requires ids of the web app's sessions and of tokens
 * issued to `dashboard` only, while officers' tools may still send free queries.
 */
export const MANIFEST_PATH = path.join('src', 'client', 'generated', 'persisted-documents.json');

export function loadPersistedDocuments(file = path.join(projectRoot(), MANIFEST_PATH)): ReadonlyMap<string, string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest));
}

/** Which callers must send persisted documents: every one, or the clients named. */
export type PersistedOnlyRule = { every: true } | { every: false; clients: ReadonlySet<string> };

/** The client name of a request signed by the web app's session cookie. */
export const WEB_CLIENT = 'web';

export function persistedOnly(env: NodeJS.ProcessEnv = process.env): PersistedOnlyRule {
  const value = (env.CHILDGRAPH_PERSISTED_ONLY ?? '').trim();
  if (value === '1') return { every: true };
  if (value === '' || value === '0') return { every: false, clients: new Set() };
  const clients = value.split(',').map((name) => name.trim());
  const wrong = clients.find((name) => !isClientName(name));
  if (wrong !== undefined) {
    throw new Error(`CHILDGRAPH_PERSISTED_ONLY must be 1 (every caller), 0, or a comma-separated list of client names (e.g. web,dashboard); "${wrong}" is not a client name`);
  }
  return { every: false, clients: new Set(clients) };
}

/**
 * The gateway's front names the caller's client in this header once it has verified the caller
 * (overwriting whatever the request said), so the runtime's persisted-document rule can read it.
 */
export const CLIENT_HEADER = 'x-childgraph-client';

/**
 * The gateway's own requests (the exports and reports run their list queries through the runtime
 * as the caller) carry this header with a value made fresh by each process and never sent out, so
 * they pass the persisted-only rule and nothing from outside can claim to be one.
 */
export const INTERNAL_REQUEST_HEADER = 'x-childgraph-internal';
export const INTERNAL_REQUEST_VALUE = randomBytes(32).toString('base64url');

/** The Hive Gateway runtime's `persistedDocuments` option. */
export function persistedDocumentsOption(documents: ReadonlyMap<string, string>, only: PersistedOnlyRule) {
  const refused = (message: string, code: string) => () => createGraphQLError(message, { extensions: { code, http: { status: 400 } } });
  return {
    getPersistedOperation: (id: string) => documents.get(id) ?? null,
    allowArbitraryDocuments: (request: Request) =>
      request.headers.get(INTERNAL_REQUEST_HEADER) === INTERNAL_REQUEST_VALUE || (!only.every && !only.clients.has(request.headers.get(CLIENT_HEADER) ?? '')),
    customErrors: {
      notFound: refused(
        'No persisted document has this documentId: send an id from the typed client of this version of childgraph (its persisted-documents.json), as it is, with its "sha256:" prefix',
        ErrorCode.PersistedDocumentNotFound,
      ),
      keyNotFound: refused('The request has neither a query nor a documentId', ErrorCode.PersistedDocumentRequired),
      persistedQueryOnly: refused(
        'This gateway runs persisted documents only for this client (CHILDGRAPH_PERSISTED_ONLY): send {"documentId": "sha256:…", "variables": {…}} with an id from the typed client instead of a query',
        ErrorCode.PersistedDocumentRequired,
      ),
    },
  };
}
