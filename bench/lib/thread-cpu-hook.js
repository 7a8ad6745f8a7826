// Preloaded (--import) into a measured Node child on Linux: CPU time (user + system) of every thread of
// the process, read from /proc/self/task every 50 ms and at exit, written as JSON to the file named by
// SUBSIDY_BENCH_THREADS_FILE. The main thread is the one whose id is the process id; the others are
// worker threads' isolates and V8's own threads (its optimising compiler and garbage collector), which
// /proc does not tell apart. A thread that ended keeps its last reading.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.SUBSIDY_BENCH_THREADS_FILE;
const TICK_MS = 10; // USER_HZ is 100 on Linux
if (file && isMainThread) {
  const seen = new Map();
  const read = () => {
    let tids = [];
    try {
      tids = readdirSync('/proc/self/task');
    } catch {
      return;
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seen.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * TICK_MS);
      } catch {
        // the thread ended between the listing and the read
      }
    }
  };
  setInterval(read, 50).unref();
  process.on('exit', () => {
    read();
    const others = [...seen].filter(([tid]) => tid !== process.pid).map(([, ms]) => ms / 1000);
    writeFileSync(
      file,
      JSON.stringify({ main: (seen.get(process.pid) ?? 0) / 1000, others: others.filter((s) => s > 0).sort((a, b) => b - a) }),
    );
  });
}
