import { describe, expect, it } from 'vitest';
import { detailFor, workersFor } from '../../src/batch/run-tasks.js';

describe('how many worker threads', () => {
  it('never starts more workers than inputs or cores, whatever --jobs asks', () => {
    expect(workersFor(64, 60, 2)).toBe(2);
    expect(workersFor(64, 3, 16)).toBe(3);
    expect(workersFor(8, 1, 16)).toBe(1);
    expect(workersFor(4, undefined, 2)).toBe(2); // a stream: bounded by the cores
    expect(workersFor(1, 1000, 8)).toBe(1);
  });

  it('decides by the batch without --jobs: one thread for a small batch', () => {
    expect(workersFor(undefined, 10, 8)).toBe(1);
    expect(workersFor(undefined, 10_000, 8)).toBeGreaterThan(1);
  });

  it('runs one thread below 4 cores, where a second isolate costs more CPU than it saves', () => {
    expect(workersFor(undefined, 10_000, 2)).toBe(1);
    expect(workersFor(undefined, 10_000, 3)).toBe(1);
    expect(workersFor(undefined, 199, 2)).toBe(1);
    expect(workersFor(undefined, 199, 8)).toBe(1);
    expect(workersFor(undefined, 200, 4)).toBe(4);
    expect(workersFor(2, 10_000, 2)).toBe(2); // asked for: both cores
    // A stream on 4 cores: four threads evaluate, the main thread (which also reads and writes) and three workers.
    expect(workersFor(undefined, undefined, 4)).toBe(4);
    expect(workersFor(undefined, undefined, 2)).toBe(1);
    expect(workersFor(undefined, undefined, 8)).toBe(8); // eight threads, as on 4 cores
    expect(workersFor(undefined, 10_000, 64)).toBe(8);
  });
});

describe('what each format needs evaluated', () => {
  it('evaluates in full only for the outputs that show every condition', () => {
    expect(detailFor('json', 'compact', 5)).toBe('compact');
    expect(detailFor('ndjson', 'full', undefined)).toBe('full');
    for (const format of ['csv', 'junit', 'github'] as const) expect(detailFor(format, 'full', 1)).toBe('compact');
    expect(detailFor('table', 'compact', 1)).toBe('full');
    expect(detailFor('table', 'compact', 7)).toBe('compact');
    for (const format of ['checklist', 'html', 'ics'] as const) expect(detailFor(format, 'compact', 7)).toBe('full');
    // markdown's client report follows the table for one company only: a stream may be one.
    expect(detailFor('markdown', 'compact', 7)).toBe('compact');
    expect(detailFor('markdown', 'compact', 1)).toBe('full');
    expect(detailFor('markdown', 'compact', undefined)).toBe('full');
  });
});
