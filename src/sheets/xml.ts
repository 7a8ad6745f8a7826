/**
 * Walk the XML parts of a workbook as events. saxes is a strict, non-validating parser that expands
 * no entities beyond XML's five and character references; a part with a DOCTYPE (which no workbook
 * writer emits, and which is how entity bombs start) is refused outright.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

export class XmlProblem extends Error {}

const SLICE = 1024 * 1024;

export function walkXml(bytes: Uint8Array, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw new XmlProblem(`${part}: ${e.message}`);
  });
  parser.on('doctype', () => {
    throw new XmlProblem(`${part}: a DOCTYPE is not allowed in a workbook`);
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag: SaxesTagPlain) => close(localName(tag.name)));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  // In slices, so a large part is never one large string as well as its bytes.
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < bytes.length; at += SLICE) parser.write(decoder.decode(bytes.subarray(at, at + SLICE), { stream: true }));
  parser.write(decoder.decode()).close();
}

/** `x:row` → `row`: some writers prefix the spreadsheet namespace. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name (`r:id` and `ns1:id` alike). */
export function attribute(attributes: Record<string, string>, name: string): string | undefined {
  if (Object.hasOwn(attributes, name)) return attributes[name];
  for (const [key, value] of Object.entries(attributes))
    if (key.includes(':') && localName(key) === name && !key.startsWith('xmlns')) return value;
  return undefined;
}
