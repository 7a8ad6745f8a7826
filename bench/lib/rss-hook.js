// Preloaded (--import) into a measured Node child when GNU time is missing: writes the process's
// peak resident set size, in bytes, to the file named by SUBSIDY_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.SUBSIDY_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
