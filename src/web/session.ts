/** GET/POST/DELETE /session: who is signed in; the token itself stays in the HttpOnly cookie. */
export interface SignedIn {
  signedIn: true;
  agency: string;
  jurisdiction: string;
  purpose: string;
  expiresAt: string;
  csrfToken: string;
}

export interface SignedOut {
  signedIn: false;
  signIn: 'development' | 'identity-provider';
  agencies: string[];
  provinces: { code: string; name: string }[];
}

export type Session = SignedIn | SignedOut;

export async function currentSession(): Promise<Session> {
  const response = await fetch('/session', { credentials: 'same-origin' });
  return (await response.json()) as Session;
}

/** Null when signed in; otherwise the server's reason, to show beside the form. */
export async function signIn(fields: { agency: string; jurisdiction: string; purpose: string }): Promise<string | null> {
  const response = await fetch('/session', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fields),
  });
  if (response.ok) return null;
  const body = (await response.json()) as { errors?: { message: string }[] };
  return body.errors?.[0]?.message ?? `HTTP ${response.status}`;
}

export async function signOut(): Promise<void> {
  await fetch('/session', { method: 'DELETE', credentials: 'same-origin' });
}
