// README's Inputs and Outputs tables are generated from action.yml by
// scripts/readme-tables.js (npm run docs). These tests fail when action.yml
// changes and the tables were not regenerated.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = join(root, 'scripts', 'readme-tables.js');
const run = promisify(execFile);

interface Entry {
  name: string;
  description?: string;
  required?: boolean;
  default?: string;
}
interface Action {
  inputs: Entry[];
  outputs: Entry[];
}
/** The part of scripts/readme-tables.js the tests use (it is plain JS, without types). */
interface ReadmeTables {
  loadAction(text: string): Action;
  renderInputs(action: Action): string;
  renderOutputs(action: Action): string;
  readBlock(readme: string, key: 'inputs' | 'outputs'): string | undefined;
  cell(text: string): string;
}

const tables = (await import(pathToFileURL(script).href)) as ReadmeTables;
const actionText = readFileSync(join(root, 'action.yml'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const action = tables.loadAction(actionText);

/** Runs the script as `npm run docs` would, never throwing on a non-zero exit. */
async function docs(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A copy of action.yml and README.md in a temporary folder. */
function copies(): { dir: string; action: string; readme: string } {
  const dir = mkdtempSync(join(tmpdir(), 'readme-tables-'));
  scratch.push(dir);
  const copy = { dir, action: join(dir, 'action.yml'), readme: join(dir, 'README.md') };
  copyFileSync(join(root, 'action.yml'), copy.action);
  copyFileSync(join(root, 'README.md'), copy.readme);
  return copy;
}

describe('README tables', () => {
  it('Inputs table is what the script renders from action.yml', () => {
    expect(tables.readBlock(readme, 'inputs')).toBe(tables.renderInputs(action));
  });

  it('Outputs table is what the script renders from action.yml', () => {
    expect(tables.readBlock(readme, 'outputs')).toBe(tables.renderOutputs(action));
  });

  it('lists every input and output of action.yml by name', () => {
    const doc = parse(actionText) as { inputs?: Record<string, unknown>; outputs?: Record<string, unknown> };
    const inputsBlock = tables.readBlock(readme, 'inputs') ?? '';
    const outputsBlock = tables.readBlock(readme, 'outputs') ?? '';
    const row = (name: string) => new RegExp(`^\\| \`${name}\`(?: \\*\\*\\(required[^|]*\\)\\*\\*)? \\|`, 'm');
    for (const name of Object.keys(doc.inputs ?? {})) expect(inputsBlock).toMatch(row(name));
    for (const name of Object.keys(doc.outputs ?? {})) expect(outputsBlock).toContain(`| \`${name}\` |`);
  });

  it('marks the inputs a run cannot do without: host-config, unless config is given', () => {
    const inputsBlock = tables.readBlock(readme, 'inputs') ?? '';
    expect(inputsBlock).toContain('| `host-config` **(required unless `config`)** |');
    expect(inputsBlock).toContain('| `config` |');
  });

  it('npm run docs -- --check passes on the committed README', async () => {
    const result = await docs('--check');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('an input added to action.yml without npm run docs fails the check, naming the Inputs table', async () => {
    const copy = copies();
    const extra = ['  brand-new-input:', "    description: 'Something new. Default: nothing.'", '    required: false', "    default: ''"].join('\n');
    writeFileSync(copy.action, actionText.replace(/^inputs:\n/m, `inputs:\n${extra}\n`));
    const modified = tables.loadAction(readFileSync(copy.action, 'utf8'));
    expect(modified.inputs.map((i) => i.name)).toContain('brand-new-input');

    // The same assertion as above, on the modified copy: it would fail.
    expect(tables.readBlock(readme, 'inputs')).not.toBe(tables.renderInputs(modified));

    const stale = await docs('--check', '--action', copy.action, '--readme', copy.readme);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/Inputs table is stale/);
    expect(stale.stderr).not.toMatch(/Outputs table/);

    // Regenerating fixes it, and only the marker blocks change.
    const write = await docs('--action', copy.action, '--readme', copy.readme);
    expect(write.code).toBe(0);
    const regenerated = readFileSync(copy.readme, 'utf8');
    expect(regenerated).toContain('| `brand-new-input` |');
    expect((await docs('--check', '--action', copy.action, '--readme', copy.readme)).code).toBe(0);
    const outside = (s: string): string => s.replace(/<!-- inputs:start -->[\s\S]*<!-- inputs:end -->/, '');
    expect(outside(regenerated)).toBe(outside(readme));
  });

  it('an output added to action.yml fails the check, naming the Outputs table', async () => {
    const copy = copies();
    writeFileSync(copy.action, actionText.replace(/^outputs:\n/m, 'outputs:\n  brand-new-output:\n    description: New.\n'));
    const stale = await docs('--check', '--action', copy.action, '--readme', copy.readme);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/Outputs table is stale/);
  });

  it('a README without the markers is an error, not a silent pass', async () => {
    const copy = copies();
    writeFileSync(copy.readme, '# Nothing here\n');
    const result = await docs('--check', '--action', copy.action, '--readme', copy.readme);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/inputs:start/);
  });
});

describe('table cells', () => {
  it('escape pipes, also inside code spans', () => {
    expect(tables.cell('a | b `x|y`')).toBe('a \\| b `x\\|y`');
  });

  it('keep a row on one line', () => {
    expect(tables.cell('one\ntwo\n\nthree\n- item\n- item')).toBe('one two<br><br>three<br>- item<br>- item');
  });

  it('escape angle brackets in prose (HTML would swallow them) but not in code', () => {
    expect(tables.cell('file:///mnt<dest> and `x<dest>`')).toBe('file:///mnt&lt;dest&gt; and `x<dest>`');
  });
});

describe("README's workflow examples", () => {
  /** Every step of README's YAML blocks that uses the action, with its `with:` and its step id. */
  const steps = [...readme.matchAll(/```yaml\n([^]*?)```/g)].flatMap(([, block]) => {
    const found: { with?: Record<string, unknown>; id?: string }[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object') {
        const step = node as { uses?: unknown; with?: Record<string, unknown>; id?: string };
        if (typeof step.uses === 'string' && step.uses.startsWith('microsoft/trident-iso-action@')) found.push(step);
        Object.values(node).forEach(visit);
      }
    };
    visit(parse(block ?? ''));
    return found;
  });

  it('parse, and give the action only inputs of action.yml, with valid enumeration values', () => {
    expect(steps.length).toBeGreaterThanOrEqual(5);
    const names = new Set(action.inputs.map((i) => i.name));
    for (const step of steps) for (const key of Object.keys(step.with ?? {})) expect(names, key).toContain(key);
    expect(steps.map((s) => s.with?.verify).filter(Boolean)).toEqual(['install']);
  });

  it('read only outputs of action.yml from the action', () => {
    const outputs = new Set(action.outputs.map((o) => o.name));
    for (const [, name] of readme.matchAll(/steps\.iso\.outputs\.([\w-]+)/g)) expect(outputs, name).toContain(name);
  });
});
