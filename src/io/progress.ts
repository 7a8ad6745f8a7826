/** A progress line on stderr for long batches at a terminal; silent when piped, in CI, or quiet. */
export interface Progress {
  tick(): void;
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

export function progress(total: number | undefined, quiet: boolean): Progress {
  const stream = process.stderr;
  if (quiet || !stream.isTTY || process.env.CI || (total !== undefined && total < 200)) return SILENT;
  let count = 0;
  let last = 0;
  const draw = () => {
    const width = 30;
    const bar = total ? '#'.repeat(Math.round((count / total) * width)).padEnd(width, '.') : '';
    stream.write(`\r${bar ? `[${bar}] ` : ''}${count}${total ? `/${total}` : ''} profiles`);
  };
  return {
    tick() {
      count += 1;
      const now = Date.now();
      if (now - last > 100) {
        last = now;
        draw();
      }
    },
    done() {
      if (count > 0) stream.write('\r\x1b[2K');
    },
  };
}
