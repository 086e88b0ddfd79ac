/**
 * Worker-thread entry of the ingest pool (`worker-pool.ts`): runs batches of analysis or
 * serialisation jobs (`ingest-jobs.ts`) and answers each batch with its results, in order.
 */
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisInput, SerialisationInput } from './ingest-jobs.ts';

/** A batch sent to a worker. */
export type WorkerRequest = { id: number; job: 'analyse'; items: AnalysisInput[] } | { id: number; job: 'serialise'; items: SerialisationInput[] };

// Each worker loads and type-strips the whole pipeline; Node's compile cache (in the project's
// node_modules/.cache, beside ingest's own cache; keyed by each file's contents, so an edited file
// is compiled afresh) halves
// that start-up from the second run on. The pipeline is imported after enabling it, so it is
// cached too; batches sent meanwhile wait in the port.
enableCompileCache(fileURLToPath(new URL('../../../node_modules/.cache/node-compile-cache', import.meta.url)));
const { createIngestJobs } = await import('./ingest-jobs.ts');
const jobs = createIngestJobs((workerData as { registryText: string }).registryText);

parentPort?.on('message', (request: WorkerRequest) => {
  const results = request.job === 'analyse' ? request.items.map(jobs.analyse) : request.items.map(jobs.serialise);
  parentPort?.postMessage({ id: request.id, results });
});
