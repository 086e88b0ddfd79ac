/**
 * Runs the ingest jobs (`ingest-jobs.ts`) on every core. Items go out in small batches to a
 * pool of worker threads, and each result is put back at its item's index, so the output order
 * never depends on which worker was faster. Small runs stay in the main thread (see
 * `minItemsForWorkers`).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisFailure, AnalysedArticle } from '../analyse-article.ts';
import { createIngestJobs, toCrashReason, type AnalysisInput, type IngestJobs, type SerialisationInput, type SerialisationResult } from './ingest-jobs.ts';
import type { WorkerRequest } from './ingest-worker.ts';

/**
 * Fewer items than this are processed in the main thread unless the workers already run. Each
 * worker costs ~0.6 s of CPU to start (it loads and type-strips the pipeline); an article costs
 * ~2 ms to analyse and ~0.7 ms to serialise, so two workers pay off from several hundred
 * articles to analyse, or a couple of thousand to serialise (a warm cache), on an idle machine.
 */
export const minItemsForWorkers = { analyse: 1000, serialise: 3000 } as const;

// Once started (for the analysis), the workers take any batch bigger than this.
const minItemsForRunningWorkers = 64;

/** The pool of one run. */
export type IngestPool = {
  analyse: (items: AnalysisInput[], onProgress?: (done: number) => void) => Promise<(AnalysedArticle | AnalysisFailure)[]>;
  serialise: (items: SerialisationInput[]) => Promise<SerialisationResult[]>;
  /**
   * Starts the workers now when `items` sources will be analysed (enough to use them), so their
   * ~0.6 s start-up overlaps reading the sources; a hint, without effect on any result.
   */
  prestart: (items: number) => void;
  /** Stops the workers; call it once the run is done. */
  close: () => Promise<void>;
};

type Job = WorkerRequest['job'];
type Thread = { worker: Worker; alive: boolean; waiting: Map<number, { resolve: (results: unknown[]) => void; reject: (error: Error) => void }> };

/**
 * Creates the pool. `threads` defaults to the number of cores (at most 8); 0 keeps every job in
 * the main thread. A worker that dies (out of memory, say) fails only the items it held: they get
 * a failure result naming the error, and the other workers go on with the rest.
 */
export function createIngestPool(options: { registryText: string; threads?: number; minItems?: number }): IngestPool {
  const size = options.threads ?? Math.min(availableParallelism(), 8);
  let local: IngestJobs | null = null;
  const inThread = () => (local ??= createIngestJobs(options.registryText));
  let threads: Thread[] | null = null;
  let nextId = 0;

  const start = (): Thread[] =>
    Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: { registryText: options.registryText } });
      const thread: Thread = { worker, alive: true, waiting: new Map() };
      const fail = (error: Error) => {
        thread.alive = false;
        for (const { reject } of thread.waiting.values()) reject(error);
        thread.waiting.clear();
      };
      worker.on('message', ({ id, results }: { id: number; results: unknown[] }) => {
        thread.waiting.get(id)?.resolve(results);
        thread.waiting.delete(id);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the worker thread exited with code ${code}`)));
      return thread;
    });

  const send = (thread: Thread, job: Job, items: unknown[]) =>
    new Promise<unknown[]>((resolve, reject) => {
      const id = nextId++;
      thread.waiting.set(id, { resolve, reject });
      thread.worker.postMessage({ id, job, items } as WorkerRequest);
    });

  async function run<I, R>(job: Job, items: I[], runOne: (item: I) => R, toFailure: (error: Error) => R, onProgress?: (done: number) => void): Promise<R[]> {
    const results: (R | undefined)[] = new Array(items.length);
    let done = 0;
    const minItems = options.minItems ?? minItemsForWorkers[job];
    if (size > 0 && (items.length >= minItems || (threads !== null && items.length >= Math.min(minItems, minItemsForRunningWorkers)))) {
      threads ??= start();
      // Small batches keep both cores busy to the end; larger ones cost less messaging.
      const batchSize = Math.max(1, Math.min(32, Math.ceil(items.length / (size * 16))));
      let next = 0;
      await Promise.all(
        threads.map(async (thread) => {
          while (thread.alive && next < items.length) {
            const from = next;
            next = Math.min(items.length, next + batchSize);
            let answer: R[];
            try {
              answer = (await send(thread, job, items.slice(from, next))) as R[];
            } catch (error) {
              answer = items.slice(from, next).map(() => toFailure(error as Error));
            }
            answer.forEach((result, offset) => (results[from + offset] = result));
            onProgress?.((done += answer.length));
          }
        }),
      );
    }
    // Small runs, and whatever is left when every worker has died, run here.
    for (let index = 0; index < items.length; index++) {
      if (results[index] !== undefined) continue;
      results[index] = runOne(items[index]!);
      onProgress?.((done += 1));
    }
    return results as R[];
  }

  return {
    analyse: (items, onProgress) =>
      run<AnalysisInput, AnalysedArticle | AnalysisFailure>('analyse', items, (item) => inThread().analyse(item), (error) => ({ ok: false, reason: toCrashReason(error) }), onProgress),
    serialise: (items) => run<SerialisationInput, SerialisationResult>('serialise', items, (item) => inThread().serialise(item), (error) => ({ ok: false, message: error.message })),
    prestart(items) {
      if (size > 0 && threads === null && items >= (options.minItems ?? minItemsForWorkers.analyse)) threads = start();
    },
    async close() {
      const running = threads ?? [];
      threads = null;
      await Promise.all(running.map(({ worker }) => worker.terminate()));
    },
  };
}
