/**
 * Worker threads that read, parse and evaluate batches of inputs. Each worker prepares the rules once
 * from plain data (the validated rule versions), so no YAML or schema work is repeated per batch.
 */
import { Worker } from 'node:worker_threads';
import type { Packed, Task } from './evaluate-input.js';
import type { Gate } from '../report/gates.js';
import type { Lang } from '../text/lang.js';
import type { Detail } from '../report/model.js';
import type { RuleVersion } from '../rules/load.js';
import type { Pin } from '../rules/select.js';

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
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: Packed[]) => void; reject: (e: Error) => void }>;
  /** Set when the worker has stopped: its batches failed, and it takes no more. */
  dead: boolean;
}

export class Pool {
  private readonly slots: Slot[];
  private nextId = 0;

  constructor(size: number, setup: WorkerSetup) {
    this.slots = Array.from({ length: size }, () => this.spawn(setup));
  }

  private spawn(setup: WorkerSetup): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
    const slot: Slot = { worker, pending: new Map(), dead: false };
    worker.on('message', ({ id, results }: { id: number; results: Packed[] }) => {
      slot.pending.get(id)?.resolve(results);
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

  /** Evaluate a batch on the least busy live worker. */
  run(tasks: Task[]): Promise<Packed[]> {
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) return Promise.reject(new Error('every worker thread has stopped'));
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, tasks });
    });
  }

  async close(): Promise<void> {
    for (const s of this.slots) s.dead = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
