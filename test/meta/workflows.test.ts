// Every workflow under .github/workflows and action.yml itself are checked
// here with GitHub's own parser, so a broken workflow fails `npm test` instead
// of failing (or silently never running) on GitHub.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionErrors, workflowErrors } from './workflow-parser.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const workflowsDir = join(root, '.github', 'workflows');
const workflowFiles = existsSync(workflowsDir)
  ? readdirSync(workflowsDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
  : [];

type YamlMap = Record<string, unknown>;

function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asMap(value: unknown): YamlMap {
  return isMap(value) ? value : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function readYaml(path: string): YamlMap {
  return asMap(parse(readFileSync(path, 'utf8')));
}

describe('workflow files', () => {
  it('include the ones the project relies on', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'check-dist.yml', 'release.yml', 'codeql.yml']));
  });

  describe.each(workflowFiles)('%s', (file) => {
    const path = join(workflowsDir, file);
    const text = readFileSync(path, 'utf8');
    const doc = asMap(parse(text));
    const jobs = Object.entries(asMap(doc.jobs));

    it('parses with @actions/workflow-parser without errors', async () => {
      expect(await workflowErrors(file, text)).toEqual([]);
    });

    // Least privilege: GITHUB_TOKEN gets the repository's default (possibly
    // read-write everything) unless the workflow says otherwise.
    it('sets permissions explicitly', () => {
      expect(doc.permissions, 'top-level permissions').toBeDefined();
      expect(doc.permissions, 'no blanket write-all').not.toBe('write-all');
    });

    // The parser accepts `uses: owner/repo` with no ref; GitHub does not.
    it('pins every action it uses to a ref', () => {
      for (const [id, job] of jobs) {
        for (const step of asList(asMap(job).steps)) {
          const uses = asMap(step).uses;
          if (typeof uses !== 'string' || uses.startsWith('./') || uses.startsWith('docker://')) continue;
          expect(uses, `${id}: ${uses}`).toMatch(/^[\w.-]+\/[\w./-]+@[\w.-]+$/);
        }
      }
    });

    // The parser does not know which step ids exist: a typo in
    // steps.<id>.outputs would evaluate to an empty string at run time.
    it('refers only to step ids defined in the same job', () => {
      for (const [id, job] of jobs) {
        const steps = asList(asMap(job).steps).map(asMap);
        const ids = new Set(steps.map((s) => s.id).filter((s): s is string => typeof s === 'string'));
        const referenced = [...JSON.stringify(job).matchAll(/\bsteps\.([A-Za-z_][\w-]*)\./g)].map((m) => m[1]);
        for (const ref of referenced) expect(ids, `${file} job ${id} refers to steps.${ref}`).toContain(ref);
      }
    });
  });
});

describe('the workflow check itself', () => {
  // Without these, a parser that reported nothing (or a test that never
  // looked) would pass every workflow above.
  const ok = 'on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n';

  it('accepts a minimal valid workflow', async () => {
    expect(await workflowErrors('ok.yml', ok)).toEqual([]);
  });

  it.each([
    ['a job without runs-on', 'on: push\njobs:\n  build:\n    steps:\n      - run: echo hi\n', /runs-on/],
    [
      'steps given as a mapping',
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      run: echo hi\n',
      /mapping was not expected/,
    ],
    ['an unknown event', 'on: pushh\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: x\n', /pushh/],
    [
      'a misspelt permission level',
      'on: push\npermissions:\n  contents: raed\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: x\n',
      /raed/,
    ],
    ['an unknown expression context', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ foo.bar }}\n', /foo/],
    [
      'an invalid cron',
      "on:\n  schedule:\n    - cron: '99 * * * *'\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: x\n",
      /cron/i,
    ],
    ['YAML that does not parse', 'on: push\njobs:\n  build: [\n', /./],
  ])('rejects %s', async (_what, content, expected) => {
    const errors = await workflowErrors('broken.yml', content);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(expected);
  });
});

describe('action.yml', () => {
  const text = readFileSync(join(root, 'action.yml'), 'utf8');
  const action = parse(text) as YamlMap;
  const runs = asMap(action.runs);
  const inputs = Object.entries(asMap(action.inputs));
  const outputs = Object.entries(asMap(action.outputs));

  it('parses against the action metadata schema without errors', async () => {
    expect(await actionErrors('action.yml', text)).toEqual([]);
  });

  it('the schema check can fail', async () => {
    const broken = 'name: x\ndescription: y\nruns:\n  using: node99\n  main: index.js\n';
    expect((await actionErrors('action.yml', broken)).join('\n')).toMatch(/node99/);
  });

  it('has a name, a description and branding', () => {
    expect(typeof action.name === 'string' && action.name.trim()).toBeTruthy();
    expect(typeof action.description === 'string' && action.description.trim()).toBeTruthy();
    const branding = asMap(action.branding);
    expect(typeof branding.icon === 'string' && branding.icon !== '').toBe(true);
    // The Marketplace accepts only these colours.
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(branding.color);
  });

  it('runs on node24 from dist/', () => {
    expect(runs.using).toBe('node24');
    for (const key of ['main', 'post'] as const) {
      expect(runs[key], `runs.${key}`).toEqual(expect.stringMatching(/^dist\/[\w./-]+\.m?js$/));
    }
  });

  // dist/ is produced by `npm run bundle` and committed: runners execute it
  // straight from the repository, with no install step.
  it('names runs.main and runs.post files that exist', () => {
    for (const key of ['main', 'post'] as const) {
      const file = runs[key];
      expect(typeof file).toBe('string');
      expect(existsSync(join(root, String(file))), `${String(file)} (runs.${key}) exists; run npm run bundle`).toBe(true);
    }
  });

  it('has input names the runner can map to INPUT_* variables', () => {
    expect(inputs.length).toBeGreaterThan(0);
    for (const [name] of inputs) expect(name).toMatch(/^[A-Za-z_][\w-]*$/);
  });

  // Users read the inputs in the Marketplace and in editors' hover text,
  // which show the description, so the description carries the default.
  it.each(inputs)('input %s has a description that states its default', (_name, spec) => {
    const input = asMap(spec);
    const description = typeof input.description === 'string' ? input.description : '';
    expect(description.trim().length).toBeGreaterThan(0);
    expect(['boolean', 'undefined']).toContain(typeof input.required);
    const def =
      typeof input.default === 'string' || typeof input.default === 'number' || typeof input.default === 'boolean' ? String(input.default) : '';
    if (def === '') {
      // No default: the description says what leaving it out means.
      expect(description).toMatch(/\b(empty|required)\b/i);
    } else {
      expect(description).toMatch(/\bdefault\b/i);
      expect(description).toContain(def);
    }
  });

  it.each(outputs)('output %s has a description', (_name, spec) => {
    const description = asMap(spec).description;
    expect(typeof description === 'string' && description.trim().length > 0).toBe(true);
  });
});

describe('dependabot.yml', () => {
  const path = join(root, '.github', 'dependabot.yml');
  const doc = readYaml(path);
  const updates = asList(doc.updates).map(asMap);

  it('is version 2', () => {
    expect(doc.version).toBe(2);
  });

  it('updates npm and github-actions weekly', () => {
    expect(updates.map((u) => u['package-ecosystem'])).toEqual(expect.arrayContaining(['npm', 'github-actions']));
    for (const update of updates) {
      expect(typeof update['package-ecosystem']).toBe('string');
      expect(update.directory).toEqual(expect.stringMatching(/^\//));
      expect(['daily', 'weekly', 'monthly']).toContain(asMap(update.schedule).interval);
      expect(isMap(update.groups), 'updates are grouped').toBe(true);
    }
  });
});
