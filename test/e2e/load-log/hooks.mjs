// Module hooks (node:module register): append the URL of every file-backed module loaded to $LOAD_LOG.
import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.LOAD_LOG, `${url}\n`);
  return next(url, context);
}
