import { parentPort, workerData } from 'node:worker_threads';
import { serializeBatches } from './batch-source';
import type { GeneratorOptions } from './generator';

/**
 * Generates batches on a worker thread, one ahead of the writer: it posts a batch, then waits for
 * the writer's 'next' before posting another, so memory holds at most two batches at any N.
 */
const batches = serializeBatches(workerData as GeneratorOptions);
const port = parentPort!;

function postNext(): void {
  const next = batches.next();
  if (next.done) {
    port.postMessage(null);
    port.close();
    return;
  }
  port.postMessage(next.value);
}

port.on('message', () => postNext());
postNext();
