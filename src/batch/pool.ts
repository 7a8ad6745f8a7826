/**
 * Worker threads that read, parse and evaluate batches of inputs. Each worker prepares the rules once
 * from plain data (the validated rule versions), so no YAML or schema work is repeated per batch.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Packed, Task } from './evaluate-input.js';
import type { Made } from './made.js';
import type { Slice } from './ndjson-tasks.js';
import type { Shard } from './shard.js';
import type { Gate } from '../report/gates.js';
import type { Lang } from '../text/lang.js';
import type { Detail } from '../report/model.js';
import type { RuleVersion } from '../rules/load.js';
import type { Pin } from '../rules/select.js';
import type { FormatName, FormatOptions } from '../formats/registry.js';

export interface WorkerSetup {
  versions: RuleVersion[];
  asOf: string;
  programmes: string[];
  pins: Pin[];
  lang: Lang;
  gates: Gate[];
  detail: Detail;
  /** Compact results leave out their programmes' stacking notes (the NDJSON header says them once; no other compact format shows them). */
  notesOnce?: boolean;
  /** The lines of a stream's slices that belong to this shard are evaluated; the others are skipped. */
  shard?: Shard;
  /** When set, the worker writes each batch's pieces of this format itself (src/batch/made.ts). */
  pieces?: { format: FormatName; options: FormatOptions };
}

/** A batch: listed tasks, or a slice of a stream's lines. */
export type Work = { tasks: Task[] } | { slice: Slice };
/** A batch answered: its packed results, or its output already made when the setup asks for `pieces`. */
export type Answer = Packed[] | Made;

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: Answer) => void; reject: (e: Error) => void }>;
  /** Set when the worker has stopped: its batches failed, and it takes no more. */
  dead: boolean;
}

export class Pool {
  private readonly slots: Slot[];
  private nextId = 0;

  /** `limits`: each worker's heap sizes (a stream's, src/batch/made-stream.ts); V8's defaults otherwise. */
  constructor(size: number, setup: WorkerSetup, limits?: ResourceLimits) {
    this.slots = Array.from({ length: size }, () => this.spawn(setup, limits));
  }

  private spawn(setup: WorkerSetup, limits: ResourceLimits | undefined): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: setup,
      ...(limits ? { resourceLimits: limits } : {}),
    });
    const slot: Slot = { worker, pending: new Map(), dead: false };
    worker.on('message', ({ id, answer }: { id: number; answer: Answer }) => {
      slot.pending.get(id)?.resolve(answer);
      slot.pending.delete(id);
    });
    const stop = (error: Error) => {
      slot.dead = true;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
    };
    worker.on('error', stop);
    worker.on('exit', (code) => stop(new Error(`a worker thread stopped (exit code ${code})`)));
    return slot;
  }

  /** How many batches the live workers have been given and not yet answered. */
  queued(): number {
    return this.slots.reduce((sum, s) => sum + (s.dead ? 0 : s.pending.size), 0);
  }

  /** Evaluate listed tasks on the least busy live worker (a setup without `pieces`). */
  run(tasks: Task[]): Promise<Packed[]> {
    return this.send({ tasks }) as Promise<Packed[]>;
  }

  /** Evaluate a batch on the least busy live worker; a slice's bytes are handed over, not copied. */
  send(work: Work): Promise<Answer> {
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) return Promise.reject(new Error('every worker thread has stopped'));
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, work }, 'slice' in work ? [work.slice.bytes.buffer as ArrayBuffer] : []);
    });
  }

  async close(): Promise<void> {
    for (const s of this.slots) s.dead = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
