// The schema validators are compiled when the action is built and committed
// (src/data/validators/, written by `npm run schemas`): they must be exactly
// what the schemas and Ajv make of them now. Likewise the CLI's flags
// (src/data/action-inputs.json, written by `npm run bundle` from action.yml).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateValidators, VALIDATORS_DIR } from '../../scripts/compile-schemas.js';

describe('src/data/validators', () => {
  it('is what npm run schemas writes from the schemas in src/data/schemas (run it after changing one, or Ajv)', async () => {
    const generated = await generateValidators();
    expect(readdirSync(VALIDATORS_DIR).sort()).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) expect(readFileSync(path.join(VALIDATORS_DIR, file), 'utf8'), file).toBe(text);
  }, 60_000);
});

/** The part of scripts/bundle.js this uses (it is plain JS, without types; importing it builds nothing). */
interface Bundle {
  ACTION_INPUTS_JSON: string;
  actionInputsJson(): string;
}

describe("src/data/action-inputs.json (the CLI's flags)", () => {
  it("is what npm run bundle writes from action.yml's inputs (run it after changing action.yml)", async () => {
    const bundle = (await import(pathToFileURL(path.join(import.meta.dirname, '..', '..', 'scripts', 'bundle.js')).href)) as Bundle;
    expect(readFileSync(bundle.ACTION_INPUTS_JSON, 'utf8')).toBe(bundle.actionInputsJson());
  });
});
