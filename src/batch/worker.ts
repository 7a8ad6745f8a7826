/** A worker thread of the pool: prepares the rules once, then answers batches of tasks with results. */
import { parentPort, workerData } from 'node:worker_threads';
import { packedResultOf, type Task } from './evaluate-input.js';
import { prepare } from '../pipeline.js';
import type { WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const prepared = prepare(setup.versions, setup.asOf, setup.programmes, setup.pins);
if ('diagnostics' in prepared) throw new Error('the main thread prepared these rules; a worker cannot fail to');
const options = {
  lang: setup.lang,
  gates: setup.gates,
  detail: setup.detail,
  notesOnce: setup.notesOnce,
  stdin: () => Promise.reject(new Error('standard input is read by the main thread')),
};

parentPort!.on('message', async ({ id, tasks }: { id: number; tasks: Task[] }) => {
  const results = [];
  for (const task of tasks) results.push(await packedResultOf(prepared, task, options, false));
  parentPort!.postMessage({ id, results });
});
