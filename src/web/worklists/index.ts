import { civilStatusGaps } from './civil-status-gaps';
import type { Worklist } from './worklist';

/** Every worklist of the app; the first is the home page. */
// Rows differ per list; the view only hands each list's rows back to that list's own columns.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const WORKLISTS: Worklist<any>[] = [civilStatusGaps];
