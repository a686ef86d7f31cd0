/** One GraphQL response as the benchmark checks it before timing anything. */
export interface CheckedResponse {
  bytes: number;
  data: Record<string, unknown> | null;
  errors: { message: string }[] | undefined;
}

/** POSTs one request with the token and returns the body's size and JSON. */
export async function postGraphQL(url: string, token: string, body: string): Promise<CheckedResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
  if (!response.ok && !json.errors) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  return { bytes: Buffer.byteLength(text), data: json.data ?? null, errors: json.errors };
}

/** Fails loudly when an operation answers with errors: timing a broken query would mislead. */
export async function postChecked(url: string, token: string, body: string): Promise<CheckedResponse> {
  const response = await postGraphQL(url, token, body);
  if (response.errors?.length) throw new Error(`the operation answered with errors: ${response.errors.map((e) => e.message).join('; ').slice(0, 500)}`);
  return response;
}
