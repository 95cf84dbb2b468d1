// The WebAssembly modules are assembled from their text (src/data/wasm/*.wat)
// when the action is built and committed as TypeScript modules of their bytes
// (written by `npm run wasm`): they must be exactly what wabt makes of the
// text now, so that what is reviewed is what runs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWasmModules, WASM_DIR } from '../../scripts/compile-wasm.js';

describe('src/data/wasm', () => {
  it('each module is what npm run wasm writes from its .wat (run it after changing one)', async () => {
    const generated = await generateWasmModules();
    expect([...generated.keys()]).toEqual(['sha384.ts']);
    expect(
      readdirSync(WASM_DIR)
        .filter((f) => f.endsWith('.ts'))
        .sort(),
    ).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) expect(readFileSync(path.join(WASM_DIR, file), 'utf8'), file).toBe(text);
  });
});
