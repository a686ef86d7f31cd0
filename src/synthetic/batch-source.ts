import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { toCopyBatch, type CopyBatch } from './bulk-write';
import { generatePopulation, type GeneratorOptions } from './generator';

export interface SerializedBatch {
  copy: CopyBatch;
  /** The batch's known answers, as JSON lines. */
  truthLines: string;
  children: number;
}

export function serializeBatches(options: GeneratorOptions): Generator<SerializedBatch> {
  return (function* () {
    for (const batch of generatePopulation(options)) {
      yield { copy: toCopyBatch(batch.rows), truthLines: batch.truth.map((t) => `${JSON.stringify(t)}\n`).join(''), children: batch.children };
    }
  })();
}

const WORKER_FILE = path.join(__dirname, 'batch-worker.js');

/**
 * Batches of a population, generated on a worker thread when running compiled code so that
 * generation (CPU in this process) overlaps with writing (CPU in the database); in-process
 * otherwise (e.g. under Jest, which runs the TypeScript sources). Same rows either way.
 */
export async function* populationBatches(options: GeneratorOptions): AsyncGenerator<SerializedBatch> {
  if (!existsSync(WORKER_FILE)) {
    yield* serializeBatches(options);
    return;
  }
  const { children, seed, rates, provinces, batchSize } = options;
  const worker = new Worker(WORKER_FILE, { workerData: { children, seed, rates, provinces, batchSize } satisfies GeneratorOptions });
  const queue: (SerializedBatch | null | Error)[] = [];
  let wake: (() => void) | null = null;
  const deliver = (item: SerializedBatch | null | Error) => {
    queue.push(item);
    wake?.();
  };
  worker.on('message', (message: SerializedBatch | null) => deliver(message));
  worker.on('error', (error) => deliver(error));
  worker.on('exit', (code) => deliver(code === 0 ? null : new Error(`population worker exited with ${code}`)));
  try {
    for (;;) {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const item = queue.shift()!;
      if (item === null) return;
      if (item instanceof Error) throw item;
      // Ask for the next batch now, so it is generated while this one is written.
      worker.postMessage('next');
      yield item;
    }
  } finally {
    await worker.terminate();
  }
}
