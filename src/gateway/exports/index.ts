import { civilStatusGapsExport } from './civil-status-gaps.export';
import type { ListExport } from './list-export';

/** Every list the gateway exports, by URL name. */
export const LIST_EXPORTS: readonly ListExport[] = [civilStatusGapsExport];

export { exportRequestHandler, type ExportExecutor } from './export-handler';
export type { ListExport } from './list-export';
