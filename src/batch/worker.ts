/** A worker thread of the pool: prepares the rules once, then answers batches of tasks with results. */
import { parentPort, workerData } from 'node:worker_threads';
import { packedResultOf, type Packed, type Task } from './evaluate-input.js';
import { MadeBatches } from './made.js';
import { sliceTasks } from './ndjson-tasks.js';
import { streamFor } from './streamed.js';
import { prepare } from '../pipeline.js';
import type { Answer, Work, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const prepared = (() => {
  const rules = prepare(setup.versions, setup.asOf, setup.programmes, setup.pins);
  if ('diagnostics' in rules) throw new Error('the main thread prepared these rules; a worker cannot fail to');
  return rules;
})();
const options = {
  lang: setup.lang,
  gates: setup.gates,
  detail: setup.detail,
  notesOnce: setup.notesOnce,
  stdin: () => Promise.reject(new Error('standard input is read by the main thread')),
};
// The pieces of a format written apart (streamed.ts `madeApart`): each result's, no head or tail here.
const batches = setup.pieces
  ? streamFor(setup.pieces.format, setup.pieces.options, []).then((stream) => new MadeBatches(prepared, options, stream!.result))
  : undefined;

parentPort!.on('message', async ({ id, work }: { id: number; work: Work }) => {
  const tasks = 'slice' in work ? sliceTasks(work.slice, setup.shard) : work.tasks;
  const answer: Answer = batches ? await (await batches).made(tasks) : await packed(tasks);
  parentPort!.postMessage({ id, answer }, 'bytes' in answer ? [answer.bytes.buffer as ArrayBuffer] : []);
});

async function packed(tasks: Task[]): Promise<Packed[]> {
  const results = [];
  for (const task of tasks) results.push(await packedResultOf(prepared, task, options, false));
  return results;
}
