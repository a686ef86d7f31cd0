import { signToken, type TokenKeys } from '../../../auth/token';
import { DEFAULT_SUBGRAPH_PORT, SUBGRAPH_NAMES, type SubgraphName } from '../../subgraph-names';

/** Where each subgraph answers (its own /graphql, not the gateway: feeds are not in the public API). */
export type SubgraphEndpoints = Record<SubgraphName, string>;

/** Distributed mode: SUBGRAPH_<NAME>_URL, else the subgraph's default port on this host. */
export function endpointsFromEnv(): SubgraphEndpoints {
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, process.env[`SUBGRAPH_${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${DEFAULT_SUBGRAPH_PORT[name]}/graphql`]),
  ) as SubgraphEndpoints;
}

export class HubRequestError extends Error {}

/**
 * The registry's client for the owning subgraphs' APIs. It acts as the HUB agency: with a
 * development secret it signs its own short-lived token; in production (tokens verified against the
 * identity provider's keys) the provider issues one, passed as CHILDGRAPH_HUB_TOKEN.
 */
export class HubClient {
  private token: { value: string; renewAfter: number } | null = null;

  constructor(
    private readonly endpoints: SubgraphEndpoints,
    private readonly keys: TokenKeys,
  ) {}

  async query<T>(subgraph: SubgraphName, query: string, variables: Record<string, unknown>): Promise<T> {
    const url = this.endpoints[subgraph];
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.bearer()}` },
      body: JSON.stringify({ query, variables }),
    }).catch((error: Error) => {
      const cause = (error.cause as { code?: string } | undefined)?.code ?? error.message;
      throw new HubRequestError(
        `the ${subgraph} subgraph does not answer at ${url} (${cause}): start it there, or set SUBGRAPH_${subgraph.toUpperCase()}_URL to where it runs. A server started by \`npm start\` refreshes by itself (CHILDGRAPH_REFRESH_SECONDS); \`childgraph refresh\` reads subgraphs that run as their own processes`,
      );
    });
    const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
    if (!response.ok || !body?.data || body.errors?.length) {
      const why = body?.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`;
      throw new HubRequestError(`${subgraph} at ${this.endpoints[subgraph]} refused the hub's request: ${why}`);
    }
    return body.data;
  }

  private async bearer(): Promise<string> {
    const fromEnv = process.env.CHILDGRAPH_HUB_TOKEN;
    if (fromEnv) return fromEnv;
    if (!this.keys.secret) throw new HubRequestError('Set CHILDGRAPH_HUB_TOKEN to a token of agency HUB from your identity provider');
    if (!this.token || Date.now() > this.token.renewAfter) {
      const value = await signToken(this.keys, { agency: 'HUB', jurisdiction: { kind: 'national' }, subject: 'childgraph-hub', purpose: 'refresh cross-agency lists' }, '10m');
      this.token = { value, renewAfter: Date.now() + 5 * 60_000 };
    }
    return this.token.value;
  }
}
