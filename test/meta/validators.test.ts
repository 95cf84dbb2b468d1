// The schema validators are compiled when the action is built and committed
// (src/data/validators/, written by `npm run schemas`): they must be exactly
// what the schemas and Ajv make of them now.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateValidators, VALIDATORS_DIR } from '../../scripts/compile-schemas.js';

describe('src/data/validators', () => {
  it('is what npm run schemas writes from the schemas in src/data/schemas (run it after changing one, or Ajv)', async () => {
    const generated = await generateValidators();
    expect(readdirSync(VALIDATORS_DIR).sort()).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) expect(readFileSync(path.join(VALIDATORS_DIR, file), 'utf8'), file).toBe(text);
  }, 60_000);
});
