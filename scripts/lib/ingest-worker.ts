/**
 * Worker-thread entry of the ingest pool (`worker-pool.ts`): runs batches of analysis or
 * serialisation jobs (`ingest-jobs.ts`) and answers each batch with its results, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createIngestJobs, type AnalysisInput, type SerialisationInput } from './ingest-jobs.ts';

/** A batch sent to a worker. */
export type WorkerRequest = { id: number; job: 'analyse'; items: AnalysisInput[] } | { id: number; job: 'serialise'; items: SerialisationInput[] };

const jobs = createIngestJobs((workerData as { registryText: string }).registryText);

parentPort?.on('message', (request: WorkerRequest) => {
  const results = request.job === 'analyse' ? request.items.map(jobs.analyse) : request.items.map(jobs.serialise);
  parentPort?.postMessage({ id: request.id, results });
});
