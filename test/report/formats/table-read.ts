/** Reads a cli-table3 table back for the tests: each row's cells, wrapped lines joined again. */
export const cells = (line: string) =>
  line
    .split('│')
    .slice(1, -1)
    .map((c) => c.trim());

export function tableRows(out: string): string[][] {
  const blocks: string[][][] = [[]];
  for (const line of out.split('\n')) {
    if (/^[├└]/.test(line)) blocks.push([]);
    else if (line.startsWith('│')) blocks.at(-1)!.push(cells(line));
  }
  return blocks.filter((b) => b.length > 0).map((lines) => lines[0]!.map((_, i) => lines.map((l) => l[i]).join('')));
}
