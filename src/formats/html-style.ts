/**
 * The client report's only stylesheet, inline: readable on screen, and printed on A4 with one company
 * per page run (a page break before each company after the first), headings kept with what follows.
 */
export const HTML_STYLE = `
@page { size: A4; margin: 14mm 13mm 16mm; }
:root { --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --ok: #1a7f37; --no: #b42318; --maybe: #9a6700; --accent: #2f6feb; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
/* Latin letters from a Latin face (with a bold), Chinese from the first CJK face the system has. */
html { font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; color: var(--ink); font-size: 10.5pt; line-height: 1.5; }
/* In Chinese, digits and Latin letters from the Chinese face too, so a line keeps one weight. */
html:lang(zh-CN) { font-family: "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Zen Hei", "Helvetica Neue", Arial, sans-serif; }
body { margin: 0; }
.page { max-width: 184mm; margin: 0 auto; padding: 10mm 0; }
.page + .page { break-before: page; }
h1 { font-size: 19pt; line-height: 1.25; margin: 1mm 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 1.5px solid var(--ink); break-after: avoid; }
h3 { font-size: 11pt; margin: 4.5mm 0 1.5mm; break-after: avoid; }
h4 { font-size: 10pt; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 1.5mm 0; }
.kicker { color: var(--muted); font-size: 9.5pt; letter-spacing: 0.02em; margin: 0; }
.meta { color: var(--muted); font-size: 9pt; margin: 0; }
.meta span + span::before { content: " · "; }
code, .code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
.total { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2mm 5mm; margin: 4mm 0 1mm; padding: 3.5mm 4.5mm; border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 2px; background: #f6f8fa; }
.total-label { font-size: 10pt; color: var(--muted); }
.total-amount { font-size: 20pt; font-weight: 700; }
.total p { flex-basis: 100%; margin: 0; color: var(--muted); font-size: 9pt; }
table { border-collapse: collapse; width: 100%; margin: 1.5mm 0 3mm; }
th, td { text-align: left; vertical-align: top; padding: 1.4mm 2mm; border-bottom: 1px solid var(--line); }
th { font-size: 9pt; color: var(--muted); font-weight: 600; border-bottom: 1.5px solid var(--ink); }
td.num, th.num { text-align: right; }
table.programmes td:first-child { width: 40%; }
table.programmes td:nth-child(2) { width: 27%; }
table.programmes td:nth-child(3) { width: 15%; }
table.measures td:first-child { width: 30%; }
table.measures td:nth-child(4) { width: 16%; }
table.measures td:last-child { width: 34%; }
tr, li, figure, .disclaimer { break-inside: avoid; }
.small { font-size: 9pt; color: var(--muted); }
.badge { display: inline-block; padding: 0 1.6mm; border-radius: 2mm; font-size: 8.5pt; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.eligible, .open { color: var(--ok); }
.ineligible, .closed { color: var(--no); }
.undetermined, .upcoming, .unknown { color: var(--maybe); }
figure { margin: 2mm 0; }
svg.chart { display: block; max-width: 100%; height: auto; }
ol, ul { margin: 1mm 0 2mm; padding-left: 6mm; }
li { margin: 0.8mm 0; }
ul.todo { list-style: none; padding-left: 0; }
ul.todo > li { position: relative; padding-left: 6mm; }
ul.todo > li::before { content: ""; position: absolute; left: 0; top: 1.2mm; width: 3.2mm; height: 3.2mm; border: 1.2px solid var(--ink); border-radius: 0.6mm; }
ul.todo ul.todo { margin-top: 1mm; }
ul.options { list-style: none; padding-left: 0; margin-top: 1mm; }
ul.options > li { position: relative; padding-left: 6mm; }
ul.options > li::before { content: ""; position: absolute; left: 0; top: 1.2mm; width: 3.2mm; height: 3.2mm; border: 1.2px solid var(--ink); border-radius: 50%; }
ul.options > li.best { font-weight: 600; }
.how { color: var(--muted); font-size: 9pt; display: block; }
.disclaimer { margin: 7mm 0 2mm; padding: 3mm 4.5mm; border: 1px solid #d4a72c; background: #fff8c5; border-radius: 2px; }
.disclaimer h2 { border: 0; margin: 0 0 1mm; padding: 0; font-size: 11.5pt; }
.disclaimer ul { margin: 0; }
footer { margin-top: 4mm; color: var(--muted); font-size: 8.5pt; }
a { color: var(--accent); overflow-wrap: anywhere; }
@media screen {
  body { background: #eaeef2; }
  .page { background: #fff; margin: 6mm auto; padding: 12mm 13mm; max-width: 210mm; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.18); }
}
@media print {
  html { font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  .page { padding: 0; max-width: none; }
}
`;
