/**
 * `--output` without losing what was there: the report goes to a temporary file beside the target
 * and is renamed over it only once the run has completed. Any failure before that (usage, rules, no
 * input, a full disk, a signal) removes the temporary file and leaves the previous report as it was,
 * byte for byte. The issue that asked for this: a full disk, a bad rule file or Ctrl-C used to leave
 * last week's report empty or cut mid-row.
 */
import type * as Crypto from 'node:crypto';
import { link, lstat, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { WriteFailure, writeFully } from './write-error.js';
import { gather } from './gather.js';

export interface OutputFile {
  /** Text is gathered and written in chunks; bytes (a workbook) are written at once, after what is gathered. */
  write(content: string | Uint8Array): Promise<void>;
  /** Everything written reaches the disk, then replaces the target in one rename. */
  commit(): Promise<void>;
  /** The run failed: the temporary file goes, the target stays as it was. */
  abort(): Promise<void>;
}

/** Temporary files not yet committed or removed, so a signal handler can remove them before the process ends. */
const pending = new Set<string>();

/** Removes every temporary output file still open; synchronous, for a signal handler. */
export function removePendingOutputs(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone: nothing to clean.
    }
  }
  pending.clear();
}

/** Which of these files already exist (a dangling link counts: writing would follow it). */
export async function alreadyThere(files: readonly (string | undefined)[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) if (file !== undefined && (await lstat(file).catch(() => undefined))) found.push(file);
  return found;
}

/**
 * The temporary file's name: hidden, beside the target (a rename within one folder is atomic), and
 * ending `.tmp`, so a folder walk over the same folder never takes it for a profile.
 */
function tempName(target: string): string {
  // Required here, not imported: only --output needs node:crypto, and loading it slows every start-up.
  const { randomBytes } = createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Opens the temporary file before any work, so an unwritable folder is a usage error (exit 2) found
 * first. With `overwrite: false` an existing target is refused now, and again at commit time by a
 * hard link that cannot replace a file created meanwhile.
 */
export async function openAtomicOutput(target: string, { overwrite }: { overwrite: boolean }): Promise<OutputFile | { error: string }> {
  const existing = await lstat(target).catch(() => undefined);
  if (existing && !overwrite) return { error: `${target} already exists (use --force to replace it)` };
  if (existing?.isDirectory()) return { error: `cannot write ${target}: is a folder` };
  const temp = tempName(target);
  const handle = await open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666).catch(
    (e: NodeJS.ErrnoException) => new WriteFailure(target, e),
  );
  if (handle instanceof WriteFailure) return { error: handle.message };
  pending.add(temp);
  return outputFile(target, temp, handle, overwrite);
}

function outputFile(target: string, temp: string, handle: FileHandle, overwrite: boolean): OutputFile {
  let closed = false;
  const fail = (e: unknown): never => {
    throw e instanceof WriteFailure ? e : new WriteFailure(target, e as NodeJS.ErrnoException);
  };
  const writeBytes = async (bytes: Uint8Array) => {
    await writeFully(async (chunk) => (await handle.write(chunk)).bytesWritten, bytes).catch(fail);
  };
  // 64 kB per write call: fewer system calls, and a streamed report still keeps memory flat.
  const gathered = gather(writeBytes);
  const flush = () => gathered.flush();
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  const remove = async () => {
    pending.delete(temp);
    await unlink(temp).catch(() => undefined);
  };
  return {
    async write(content) {
      if (typeof content === 'string') return gathered.add(content);
      await flush();
      await writeBytes(content);
    },
    async commit() {
      try {
        await flush();
        // A disk that accepted the bytes into its cache may still fail to store them: ask now, not never.
        await handle.datasync().catch(fail);
        await close().catch(fail);
        if (overwrite) await rename(temp, target).catch(fail);
        else await link(temp, target).catch(fail);
      } catch (error) {
        await close().catch(() => undefined);
        await remove();
        throw error;
      }
      await remove();
    },
    async abort() {
      await close().catch(() => undefined);
      await remove();
    },
  };
}
