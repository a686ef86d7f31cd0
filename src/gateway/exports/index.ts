import { abandonedChildrenExport } from './abandoned-children.export';
import { civilStatusGapsExport } from './civil-status-gaps.export';
import { DROPOUT_RISK_EXPORTS } from './dropout-risk.export';
import type { ListExport } from './list-export';

/** Every list the gateway exports, by URL name. */
export const LIST_EXPORTS: readonly ListExport[] = [civilStatusGapsExport, ...DROPOUT_RISK_EXPORTS, abandonedChildrenExport];

export { exportRequestHandler, type ExportExecutor } from './export-handler';
export type { ListExport } from './list-export';
