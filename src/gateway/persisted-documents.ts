import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createGraphQLError } from '@graphql-tools/utils';
import { ErrorCode } from '../shared/errors';
import { projectRoot } from '../shared/paths';

/**
 * Trusted documents: the typed client's operations (src/client) are published as a manifest,
 * `sha256:<hex>` → document text, written by `npm run codegen`. An app sends `{"documentId": "…",
 * "variables": …}` (or Apollo's `extensions.persistedQuery.sha256Hash`) instead of a query, and the
 * gateway runs the document it knows by that id. With CHILDGRAPH_PERSISTED_ONLY=1 it runs nothing
 * else, so a stolen session or token cannot send the API a query of its own making; officers'
 * tools in development may still send free queries.
 */
export const MANIFEST_PATH = path.join('src', 'client', 'generated', 'persisted-documents.json');

export function loadPersistedDocuments(file = path.join(projectRoot(), MANIFEST_PATH)): ReadonlyMap<string, string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest));
}

export const persistedOnly = (env: NodeJS.ProcessEnv = process.env): boolean => env.CHILDGRAPH_PERSISTED_ONLY === '1';

/**
 * The gateway's own requests (the exports and reports run their list queries through the runtime
 * as the caller) carry this header with a value made fresh by each process and never sent out, so
 * they pass the persisted-only rule and nothing from outside can claim to be one.
 */
export const INTERNAL_REQUEST_HEADER = 'x-childgraph-internal';
export const INTERNAL_REQUEST_VALUE = randomBytes(32).toString('base64url');

/** The Hive Gateway runtime's `persistedDocuments` option. */
export function persistedDocumentsOption(documents: ReadonlyMap<string, string>, only: boolean) {
  const refused = (message: string, code: string) => () => createGraphQLError(message, { extensions: { code, http: { status: 400 } } });
  return {
    getPersistedOperation: (id: string) => documents.get(id) ?? null,
    allowArbitraryDocuments: only ? (request: Request) => request.headers.get(INTERNAL_REQUEST_HEADER) === INTERNAL_REQUEST_VALUE : true,
    customErrors: {
      notFound: refused(
        'No persisted document has this documentId: send an id from the typed client of this version of childgraph (its persisted-documents.json), as it is, with its "sha256:" prefix',
        ErrorCode.PersistedDocumentNotFound,
      ),
      keyNotFound: refused('The request has neither a query nor a documentId', ErrorCode.PersistedDocumentRequired),
      persistedQueryOnly: refused(
        'This gateway runs persisted documents only (CHILDGRAPH_PERSISTED_ONLY): send {"documentId": "sha256:…", "variables": {…}} with an id from the typed client instead of a query',
        ErrorCode.PersistedDocumentRequired,
      ),
    },
  };
}
