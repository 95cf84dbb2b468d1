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

/**
 * Every `uses:` of a workflow's text that is not pinned to a full commit SHA
 * with its release tag in a trailing comment (`owner/repo@<40 hex> # v1.2.3`).
 * A tag or branch can be moved to other code; a commit cannot.
 */
function pinProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!m || m[1]!.startsWith('./') || m[1]!.startsWith('docker://')) continue;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(m[1]!)) problems.push(`line ${i + 1}: ${m[1]} is not pinned to a full commit SHA`);
    else if (!/^\s+# v\d+(\.\d+){0,2}\s*$/.test(m[2]!)) problems.push(`line ${i + 1}: ${m[1]} has no "# vX.Y.Z" comment naming its release`);
  }
  return problems;
}

/** Every pinned action of a workflow's text: action, SHA, release comment. */
function pins(text: string): { action: string; sha: string; release: string }[] {
  return [...text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)[\w./-]*@([0-9a-f]{40})\s+# (v[\d.]+)/g)].map((m) => ({
    action: m[1]!,
    sha: m[2]!,
    release: m[3]!,
  }));
}

describe('workflow files', () => {
  it('include the ones the project relies on', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'check-dist.yml', 'release.yml', 'codeql.yml', 'refresh-oras-releases.yml']));
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

    it('pins every action by full commit SHA, with its release in a comment', () => {
      expect(pinProblems(text)).toEqual([]);
    });

    // One Node version for the project: .node-version (action.yml's runs.using and the `node` devDependency agree with it).
    it('sets up Node from .node-version', () => {
      for (const [id, job] of jobs) {
        for (const step of asList(asMap(job).steps).map(asMap)) {
          if (typeof step.uses !== 'string' || !step.uses.startsWith('actions/setup-node@')) continue;
          expect(asMap(step.with), `${file} job ${id}`).toMatchObject({ 'node-version-file': '.node-version' });
          expect(asMap(step.with)['node-version'], `${file} job ${id}`).toBeUndefined();
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

describe('pinned actions across workflows', () => {
  const all = workflowFiles.flatMap((f) => pins(readFileSync(join(workflowsDir, f), 'utf8')).map((p) => ({ ...p, file: f })));

  it('name one release per SHA and one SHA per action release', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const p of all) {
      expect(new Set(all.filter((q) => q.sha === p.sha).map((q) => q.release)), `${p.action}@${p.sha}`).toEqual(new Set([p.release]));
      expect(new Set(all.filter((q) => q.action === p.action && q.release === p.release).map((q) => q.sha)), `${p.action} ${p.release}`).toEqual(
        new Set([p.sha]),
      );
    }
  });

  it('the pin check can fail', () => {
    const text = 'steps:\n  - uses: actions/checkout@v6\n  - uses: actions/setup-node@249970729cb0ef3589644e2896645e5dc5ba9c38\n  - uses: ./\n';
    expect(pinProblems(text)).toEqual([
      'line 2: actions/checkout@v6 is not pinned to a full commit SHA',
      'line 3: actions/setup-node@249970729cb0ef3589644e2896645e5dc5ba9c38 has no "# vX.Y.Z" comment naming its release',
    ]);
  });
});

describe('.node-version', () => {
  const version = readFileSync(join(root, '.node-version'), 'utf8').trim();
  const action = readYaml(join(root, 'action.yml'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

  it("is the major of action.yml's runs.using and of the node devDependency the tests run on", () => {
    expect(version).toMatch(/^\d+$/);
    expect(asMap(action.runs).using).toBe(`node${version}`);
    expect(pkg.devDependencies.node).toMatch(new RegExp(`^\\^${version}\\.`));
  });
});

describe('refresh-oras-releases.yml', () => {
  const doc = readYaml(join(workflowsDir, 'refresh-oras-releases.yml'));
  const on = asMap(doc.on);
  const jobs = Object.entries(asMap(doc.jobs));
  const steps = jobs.flatMap(([, job]) => asList(asMap(job).steps).map(asMap));
  const script = readFileSync(join(root, 'scripts', 'refresh-oras-releases.js'), 'utf8');

  it('runs on a schedule and by hand', () => {
    expect(asList(on.schedule).map((s) => typeof asMap(s).cron)).toEqual(['string']);
    expect('workflow_dispatch' in on).toBe(true);
  });

  it('reads with the default token, and only its one job may push a branch and open a pull request', () => {
    expect(doc.permissions).toEqual({ contents: 'read' });
    expect(jobs).toHaveLength(1);
    expect(asMap(jobs[0]![1]).permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it("runs the refresh script and opens the pull request only when the script's `added` output says it changed the table", () => {
    const refresh = steps.find((s) => s.id === 'refresh');
    expect(refresh?.run).toBe('node scripts/refresh-oras-releases.js');
    expect(script).toContain('`added=${');
    const later = steps.slice(steps.indexOf(refresh!) + 1);
    expect(later.length).toBeGreaterThan(0);
    for (const step of later) expect(step.if).toBe("${{ steps.refresh.outputs.added != '' }}");
    const pr = later.map((s) => (typeof s.run === 'string' ? s.run : '')).join('\n');
    expect(pr).toContain('npm run bundle');
    expect(pr).toContain('npm run docs');
    // With what npm run bundle writes from the table (oras-versions.json) and from action.yml (action-inputs.json).
    expect(pr).toMatch(
      /git add src\/data\/oras-releases\.json src\/data\/oras-versions\.json src\/data\/action-inputs\.json action\.yml README\.md dist/,
    );
    expect(pr).toContain('gh pr create');
    // Expressions reach the shell through env only.
    expect(pr).not.toContain('${{');
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
      // An expression default (`${{ github.token }}`) cannot be written in a description: its value's name is.
      expect(description).toContain(/^\$\{\{.*\}\}$/.test(def) ? def.replace(/^\$\{\{\s*|\s*\}\}$/g, '') : def);
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
