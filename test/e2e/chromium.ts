/**
 * A real headless Chromium for the HTML report tests, driven by puppeteer-core: the system's Chromium
 * where there is one (or $CHROMIUM), else the one inside the npm package @sparticuz/chromium, so the
 * tests run on a machine with Node and npm only. Chinese text draws with Noto Sans SC from the npm
 * package @fontsource/noto-sans-sc, whatever fonts the machine has.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** A4 at 150 dots per inch. */
export const A4_VIEWPORT = { width: 1240, height: 1754 };

/** Where @sparticuz/chromium unpacks its browser: a cache beside the packages, not the system's temporary folder. */
const UNPACKED = resolve('node_modules/.cache/sparticuz-chromium');

function systemChromium(): string | undefined {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = dirs.map((d) => join(d, name)).find((f) => existsSync(f));
    if (found) return found;
  }
  return undefined;
}

/**
 * The package's browser, unpacked once (about 190 MB, some seconds) into UNPACKED. The package
 * unpacks into the temporary folder it is given and trusts any file already there, so it unpacks
 * into a folder of its own that is renamed into place only when complete: a run stopped half-way
 * leaves no truncated browser behind.
 */
async function packagedChromium(): Promise<{ executablePath: string; args: string[] }> {
  const { default: packaged } = await import('@sparticuz/chromium');
  if (!existsSync(join(UNPACKED, 'complete'))) {
    mkdirSync(dirname(UNPACKED), { recursive: true });
    const staging = mkdtempSync(`${UNPACKED}-`);
    await inTemporaryFolder(staging, () => packaged.executablePath());
    writeFileSync(join(staging, 'complete'), '');
    rmSync(UNPACKED, { recursive: true, force: true });
    try {
      renameSync(staging, UNPACKED);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another run unpacked it first
    }
  }
  return { executablePath: await inTemporaryFolder(UNPACKED, () => packaged.executablePath()), args: packaged.args };
}

async function inTemporaryFolder<T>(folder: string, run: () => Promise<T>): Promise<T> {
  const tmp = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    return await run();
  } finally {
    if (tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmp;
  }
}

/** Launches a headless browser; fails (never skips) when none can start, saying why. */
export async function launchChromium(): Promise<Browser> {
  const system = systemChromium();
  // Fonts are web fonts on file:// URLs: the page may load them from files beside it.
  const common = ['--allow-file-access-from-files', '--disable-gpu', '--no-first-run'];
  if (system) return puppeteer.launch({ executablePath: system, headless: true, args: ['--no-sandbox', ...common] });
  const packaged = await packagedChromium();
  return puppeteer.launch({ executablePath: packaged.executablePath, headless: 'shell', args: [...packaged.args, ...common] });
}

const FONTSOURCE = resolve('node_modules/@fontsource/noto-sans-sc');

interface Face {
  weight: string;
  file: string;
  unicodeRange: string;
}

/** Noto Sans SC, regular and bold, split by Unicode range as the package ships it: one face per woff2 file. */
function cjkFaces(): Face[] {
  const css = ['400.css', '700.css'].map((f) => readFileSync(join(FONTSOURCE, f), 'utf8')).join('\n');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, block]) => ({
    weight: /font-weight:\s*(\d+)/.exec(block!)![1]!,
    file: join(FONTSOURCE, /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(block!)![1]!),
    unicodeRange: /unicode-range:\s*([^;]+);/.exec(block!)![1]!,
  }));
}

/** Whether a CSS unicode-range (`U+4e00-9fff,U+3000`) holds any of these code points. */
function coversAny(unicodeRange: string, codePoints: ReadonlySet<number>): boolean {
  return unicodeRange.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    const low = parseInt(from!.replaceAll('?', '0'), 16);
    const high = parseInt(to!.replaceAll('?', 'f'), 16);
    for (const c of codePoints) if (c >= low && c <= high) return true;
    return false;
  });
}

/** Opens a local HTML file in a new page at A4 size, as the browser parsed it. */
export async function openPage(browser: Browser, file: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(A4_VIEWPORT);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return page;
}

/**
 * Opens the file as openPage does, with Noto Sans SC under the name the report's font stack asks for
 * ("Noto Sans CJK SC"), as a machine with that font installed would have it: the faces that cover the
 * file's characters, handed over as bytes through the FontFace API before the document is parsed (the
 * report's Content-Security-Policy rightly lets it fetch no font, and Chromium keeps the fallback it
 * found at first layout). The document itself is not touched. Also returns how many faces it loaded.
 */
export async function openWithChineseFont(browser: Browser, file: string): Promise<{ page: Page; faces: number }> {
  const codePoints = new Set([...readFileSync(file, 'utf8')].map((c) => c.codePointAt(0)!));
  const faces = cjkFaces()
    .filter((f) => coversAny(f.unicodeRange, codePoints))
    .map((f) => ({ weight: f.weight, unicodeRange: f.unicodeRange, base64: readFileSync(f.file).toString('base64') }));
  const page = await browser.newPage();
  await page.setViewport(A4_VIEWPORT);
  // Runs in the page (this project's types have no DOM, so it is sent as text).
  await page.evaluateOnNewDocument(`(() => {
    const bytes = (base64) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    for (const f of ${JSON.stringify(faces)}) document.fonts.add(new FontFace('Noto Sans CJK SC', bytes(f.base64), { weight: f.weight, unicodeRange: f.unicodeRange }));
  })()`);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const loaded = await page.evaluate(
    `document.fonts.ready.then((set) => [...set].filter((f) => f.family.includes('Noto Sans CJK SC') && f.status === 'loaded').length)`,
  );
  return { page, faces: Number(loaded) };
}

/** Width and height from a PNG's header. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  if (buffer.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
