import type { TypedDocumentString } from '../client/generated/graphql';

/** The page's only way to the API: a typed document's persisted id from the client, the session cookie, the CSRF header. */
export const CSRF_HEADER = 'x-childgraph-csrf';

export interface ApiError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string };
}

export interface Answer<TResult> {
  data: TResult | null;
  errors: ApiError[];
}

/** The session is gone (expired, signed out elsewhere): the app returns to the sign-in form. */
export class SessionEndedError extends Error {}

let csrfValue = '';

/** Set from GET /session; every request the cookie authenticates carries it. */
export function setCsrfValue(value: string): void {
  csrfValue = value;
}

export async function execute<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<Answer<TResult>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: csrfValue },
    // The document's id from the client's manifest, not its text: the gateway may run persisted documents only.
    body: JSON.stringify({ documentId: document.__meta__?.hash, variables }),
  });
  if (response.status === 401 || response.status === 403) throw new SessionEndedError();
  const body = (await response.json()) as { data?: TResult | null; errors?: ApiError[] };
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** Downloads a file with the CSRF header and saves it: the session never appears in a URL. */
export async function download(url: string, fileName: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin', headers: { [CSRF_HEADER]: csrfValue } });
  if (response.status === 401 || response.status === 403) throw new SessionEndedError();
  if (!response.ok) throw new Error(`download failed with ${response.status}`);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
