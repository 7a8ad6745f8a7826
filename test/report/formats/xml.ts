/**
 * libxml2 (compiled to WebAssembly, the npm package libxml2-wasm) for the junit tests: schema
 * validation against test/fixtures/junit-10.xsd and XPath queries, so the XML is read back by a real
 * parser, in this process: no system package, no temporary file.
 */
import { readFileSync } from 'node:fs';
import { XmlDocument, XmlLibError, XsdValidator } from 'libxml2-wasm';

const JUNIT_XSD = 'test/fixtures/junit-10.xsd';

let validator: XsdValidator | undefined;

function junitSchema(): XsdValidator {
  if (!validator) {
    const schema = XmlDocument.fromString(readFileSync(JUNIT_XSD, 'utf8'));
    validator = XsdValidator.fromDoc(schema);
    schema.dispose();
  }
  return validator;
}

function parsed<T>(xml: string, use: (doc: XmlDocument) => T): T {
  const doc = XmlDocument.fromString(xml);
  try {
    return use(doc);
  } finally {
    doc.dispose();
  }
}

/** libxml2's verdict on a document against the junit schema: valid, or the errors it found. */
export function validate(xml: string): { valid: boolean; messages: string } {
  try {
    return parsed(xml, (doc) => {
      junitSchema().validate(doc);
      return { valid: true, messages: '' };
    });
  } catch (error) {
    if (error instanceof XmlLibError)
      return { valid: false, messages: error.details.map((d) => `${d.line}:${d.col} ${d.message}`).join('') || error.message };
    throw error;
  }
}

/** The string value of an XPath 1.0 expression (`count(…)`, `string(…)`) over the document. */
export function xpath(xml: string, expression: string): string {
  return parsed(xml, (doc) => {
    const value = doc.eval(expression);
    if (Array.isArray(value)) throw new Error(`xpath ${expression}: a node set, not a string or number`);
    return String(value);
  });
}
