import type { ServerResponse } from 'node:http';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { MAX_PAGE_SIZE } from '../../server/pagination';
import { logger } from '../../shared/logger';
import { ExportRequestError, refusalOfAnswer } from './download-refusal';
import { cellOf } from './export-cells';
import { filterFromParams } from './filter-params';
import type { ListExport } from './list-export';
import { csvWriter, xlsxWriter, type TableWriter } from './table-writers';

/** Runs one GraphQL operation through the gateway as the caller (their token, their principal). */
export type ExportExecutor = (request: { query: string; variables: Record<string, unknown>; operationName: string }) => Promise<{
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}>;

interface Connection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, unknown> }[];
}

const RESERVED = ['lang'] as const;

/**
 * `GET /exports/<name>.csv|.xlsx?<filter>&lang=en|vi`: pages through the export's root field via
 * the gateway with the caller's own token, so every permission, jurisdiction and audit rule
 * applies as if the caller had paged through it themselves. Refusals before the first row are
 * ExportRequestErrors (400 bad parameters, 403 forbidden, 404 unknown export); an error on a
 * later page aborts the download rather than end a file that looks complete.
 */
export function exportRequestHandler(supergraphSdl: string, exports: readonly ListExport[]) {
  const schema: GraphQLSchema = buildSchema(supergraphSdl, { assumeValidSDL: true });
  const byName = new Map(exports.map((e) => [e.name, e]));

  return async function serveExport(url: URL, response: ServerResponse, execute: ExportExecutor): Promise<void> {
    const match = /^\/exports\/([a-z0-9-]+)\.(csv|xlsx)$/.exec(url.pathname);
    const definition = match ? byName.get(match[1]) : undefined;
    if (!match || !definition) {
      throw new ExportRequestError(404, `no such export; try ${exports.map((e) => `/exports/${e.name}.csv or .xlsx`).join(', ')}`);
    }
    const lang = url.searchParams.get('lang') ?? 'en';
    if (lang !== 'en' && lang !== 'vi') throw new ExportRequestError(400, `lang must be "en" or "vi"; got "${lang}"`);
    const filter = filterFromParams(schema, definition.filterType, url.searchParams, RESERVED);
    const query = `query Export($filter: ${definition.filterType}, $first: Int, $after: String) {
      ${definition.rootField}(filter: $filter, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${definition.nodeSelection} } } }
    }`;
    const operationName = 'Export';
    const page = async (after: string | null): Promise<Connection> => {
      const body = await execute({ query, variables: { filter, first: MAX_PAGE_SIZE, after }, operationName });
      const error = body.errors?.[0];
      const connection = body.data?.[definition.rootField] as Connection | null | undefined;
      if (error || !connection) throw refusalOfAnswer(error, 'the list could not be read');
      return connection;
    };

    // The first page decides whether the caller may have the list at all, before any byte is sent.
    let connection = await page(null);
    const format = match[2];
    const writer: TableWriter = format === 'csv' ? csvWriter(response) : xlsxWriter(response, definition.name, lang);
    response.writeHead(200, {
      'content-type': writer.contentType,
      'content-disposition': `attachment; filename="${definition.name}.${format}"`,
      'cache-control': 'no-store',
    });
    try {
      await writer.begin(definition.columns.map((c) => ({ header: c[lang], kind: c.kind ?? 'text' })));
      for (;;) {
        for (const { node } of connection.edges) {
          for (const row of definition.rowsOf?.(node) ?? [node]) await writer.row(definition.columns.map((c) => cellOf(c, row, lang)));
        }
        if (!connection.pageInfo.hasNextPage) break;
        connection = await page(connection.pageInfo.endCursor);
      }
      await writer.end();
    } catch (error) {
      logger.warn({ err: error, export: definition.name }, 'export aborted after it started');
      response.destroy(error as Error);
    }
  };
}
