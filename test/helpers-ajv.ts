/** An ajv validator for JSON Schema draft 2020-12, the draft zod generates. */
import ajvModule from 'ajv/dist/2020.js';

// A CommonJS module: its class is the `default` export under NodeNext.
const Ajv2020 = ajvModule.default;

export function ajv2020() {
  return new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
}
