// The fault suite of issue 11's hostile inputs (classes 1, 3, 4, 6, 7, 8): malformed
// bytes, secrets, escaping, late failures, cancellation and debris, and one host
// config on the ISO checked from its bytes. Same harness as faults.test.ts.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, REPO, startAction } from '../support/runner.js';
import { cachedTridentRpms } from '../support/rpmbuild.cjs';
import { alive, subcommand, waitFor } from '../support/standins.js';
import { postCleanUp } from '../../src/run/cleanup.js';
import { createWorkDir } from '../../src/run/workdir.js';
import { processes } from '../../src/tools/exec.js';
import {
  rememberUserFiles,
  dirs,
  env,
  errors,
  expectUserFilesUnchanged,
  INPUTS,
  leftovers,
  run,
  start,
  started,
  calls,
  useFaultHarness,
} from '../support/faults.js';

useFaultHarness();

describe('issue 11, class 1 (parsers of untrusted bytes): malformed fields are refused at once', () => {
  /** The trident RPM of the workspace, rebuilt with an uncompressed payload whose first cpio header has `field` replaced by `text`. */
  function craftTridentRpm(field: number, text: string): void {
    const files = cachedTridentRpms({
      release: '1.azl3',
      packages: ['trident', 'trident-install-service', 'trident-provisioning', 'trident-service', 'trident-selinux'],
      uncompressedPayload: true,
    });
    const source = files.find((f) => path.basename(f).startsWith('trident-0'))!;
    const bytes = readFileSync(source);
    // rpm2cpio copies the payload as it is: the binary's newc header is the 110 bytes before its name (the
    // header's build-id link target, ../../../../usr/bin/trident, holds the name too, after no newc header).
    let name = -1;
    do name = bytes.indexOf(Buffer.from('./usr/bin/trident\0'), name + 1);
    while (name >= 110 && bytes.toString('latin1', name - 110, name - 104) !== '070701');
    const header = name - 110;
    expect(bytes.toString('latin1', header, header + 6)).toBe('070701');
    bytes.write(text, header + 6 + field * 8, 'latin1');
    writeFileSync(path.join(dirs.workspace, 'rpms', 'RPMS', 'x86_64', path.basename(source)), bytes);
  }

  it('a trident RPM whose payload has a non-hex cpio size field: the step fails naming trident-rpms (it used to loop forever)', async () => {
    craftTridentRpm(6, 'zzzzzzzz');
    const result = await run({ ...INPUTS, 'trident-rpms': 'rpms' });
    expect(result.main.exitCode, result.main.stdout).toBe(1);
    expect(errors(result.main)).toContainEqual({
      title: expect.stringMatching(/Trident RPMs|Input 'trident-rpms'/),
      message: expect.stringMatching(/trident-rpms.*payload is not a valid cpio archive \(header field 6 at byte \d+ is not 8 hex digits/s),
    });
    expect(calls('docker', 'run')).toEqual([]);
    expect(result.post?.exitCode).toBe(0);
  });

  it('a trident RPM whose cpio size points past the payload: refused the same way', async () => {
    craftTridentRpm(6, 'fffffff0');
    const result = await run({ ...INPUTS, 'trident-rpms': 'rpms' });
    expect(result.main.exitCode, result.main.stdout).toBe(1);
    expect(
      errors(result.main)
        .map((e) => e.message)
        .join('\n'),
    ).toMatch(/payload is not a valid cpio archive .*past the end of the archive/);
    expect(calls('docker', 'run')).toEqual([]);
  });
});

describe('issue 11, class 7 (secrets): children get an environment without the action secret inputs', () => {
  it('make, oras and docker see no INPUT_* variable (the registry passwords among them) and no runner token', async () => {
    const result = await run(
      {
        ...INPUTS,
        'trident-source': 'trident',
        'registry-username': 'robot',
        'registry-password': 'p4ssw0rd-base',
        'imagecustomizer-registry-username': 'robot',
        'imagecustomizer-registry-password': 'p4ssw0rd-ic',
      },
      { ACTIONS_RUNTIME_TOKEN: 'runtime-token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token' },
    );
    // The stand-in make fails the build on purpose (the workspace's Makefile): by then oras and docker have run.
    const seen = calls();
    expect(seen.map((c) => c.tool)).toEqual(expect.arrayContaining(['make', 'oras', 'docker']));
    for (const call of seen) {
      expect(
        call.envNames.filter((n) => /^INPUT_/i.test(n)),
        `${call.tool} ${call.argv.join(' ')}`,
      ).toEqual([]);
      expect(call.envNames).not.toContain('ACTIONS_RUNTIME_TOKEN');
      expect(call.envNames).not.toContain('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
      // What the children need is still there.
      expect(call.envNames).toContain('PATH');
    }
    // The passwords went where they belong: on stdin of the logins.
    expect(
      calls(undefined, 'login')
        .map((c) => c.stdin)
        .sort(),
    ).toEqual(['p4ssw0rd-base', 'p4ssw0rd-ic']);
    expect(result.post?.exitCode).toBe(0);
  });
});

/** Runs the bundled CLI (bin/trident-iso.js on Node 24) in the workspace, with `stdin` on its standard input. */
function runCli(args: string[], cliEnv: Record<string, string>, stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [path.join(REPO, 'bin', 'trident-iso.js'), ...args], { cwd: dirs.workspace, env: cliEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('issue 11, class 7 (secrets): the CLI keeps passwords out of argv, logs and every child environment', () => {
  it('dist/cli: a password from TRIDENT_ISO_* and one from --*-stdin reach only the logins stdin; oras, docker and tool-cache tar never see them', async () => {
    const ENV_SECRET = 'env-s3cret-Zq9';
    const STDIN_SECRET = 'stdin-s3cret-Xw7';
    // An oras release served here (the one on PATH says it is too old, the tool cache is empty): tool-cache downloads and extracts it with tar.
    const release = path.join(dirs.root, 'release');
    mkdirSync(release);
    writeFileSync(
      path.join(release, 'oras'),
      `#!/bin/sh\nSTANDIN_ORAS_VERSION=1.3.0 exec node ${path.join(REPO, 'test', 'dist', 'standins', 'standin.cjs')} oras "$@"\n`,
      { mode: 0o755 },
    );
    const archive = path.join(dirs.root, 'oras.tar.gz');
    execFileSync('tar', ['-czf', archive, '-C', release, 'oras']);
    const checksum = createHash('sha256').update(readFileSync(archive)).digest('hex');
    const server = createServer((_req, res) => res.end(readFileSync(archive)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    // A tar first on PATH that records its environment, then runs the real one.
    const bin = path.join(dirs.root, 'tar-bin');
    mkdirSync(bin);
    const tarEnv = path.join(dirs.root, 'tar-env');
    writeFileSync(
      path.join(bin, 'tar'),
      `#!/bin/sh\nenv >> ${tarEnv}\nfor t in /usr/bin/tar /bin/tar; do [ -x "$t" ] && exec "$t" "$@"; done\nexit 127\n`,
      {
        mode: 0o755,
      },
    );
    const emptyCache = path.join(dirs.root, 'empty-tool-cache');
    mkdirSync(emptyCache);
    const plain = Object.fromEntries(Object.entries(env).filter(([name]) => !/^(GITHUB_|ACTIONS_|RUNNER_)/.test(name)));
    try {
      const r = await runCli(
        [
          '--host-config',
          'host-config.yaml',
          '--cosi',
          'os.cosi',
          '--registry-username',
          'robot',
          '--imagecustomizer-registry-username',
          'robot',
          '--imagecustomizer-registry-password-stdin',
          '--oras-url',
          `http://127.0.0.1:${port}/oras.tar.gz`,
          '--oras-checksum',
          checksum,
        ],
        {
          ...plain,
          PATH: `${bin}:${plain.PATH ?? ''}`,
          HOME: dirs.home,
          TMPDIR: dirs.tmpdir,
          RUNNER_TOOL_CACHE: emptyCache,
          TRIDENT_ISO_REGISTRY_PASSWORD: ENV_SECRET,
          STANDIN_ORAS_VERSION: '1.1.0',
          STANDIN_RECORD_ENV: '1',
        },
        `${STDIN_SECRET}\n`,
      );
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toContain('SHA-256 verified');
      // The log (both streams) never holds either password.
      for (const secret of [ENV_SECRET, STDIN_SECRET]) expect(r.stdout + r.stderr).not.toContain(secret);
      // Each went to its login's standard input, and nowhere else: no argv, no environment of any child.
      expect(
        calls(undefined, 'login')
          .map((c) => c.stdin)
          .sort(),
      ).toEqual([ENV_SECRET, STDIN_SECRET].sort());
      const seen = calls();
      expect(seen.map((c) => c.tool)).toEqual(expect.arrayContaining(['oras', 'docker']));
      for (const call of seen) {
        const where = `${call.tool} ${call.argv.join(' ')}`;
        expect(call.argv.join(' '), where).not.toMatch(new RegExp(`${ENV_SECRET}|${STDIN_SECRET}`));
        expect(call.env, where).toBeDefined();
        expect(JSON.stringify(call.env), where).not.toMatch(new RegExp(`${ENV_SECRET}|${STDIN_SECRET}`));
        expect(
          call.envNames.filter((n) => /^TRIDENT_ISO_.*PASSWORD$/i.test(n)),
          where,
        ).toEqual([]);
      }
      // tool-cache's tar (started by the library, not by the action's exec) ran, without the password variable.
      const tar = readFileSync(tarEnv, 'utf8');
      expect(tar).toContain('RUNNER_TOOL_CACHE=');
      expect(tar).not.toMatch(/TRIDENT_ISO_\w*PASSWORD/);
      expect(tar).not.toContain(ENV_SECRET);
    } finally {
      server.close();
    }
  });
});

describe('issue 11, class 3 (values reaching the log, outputs and annotations are escaped)', () => {
  it('an RPM whose file name holds a newline and ::warning:: injects no workflow command and no output line', async () => {
    const dir = path.join(dirs.workspace, 'rpms', 'RPMS', 'x86_64');
    const service = readdirSync(dir).find((f) => f.startsWith('trident-service-'))!;
    const hostile = 'trident-service\n::warning title=pwned::injected\u0085\u001b[31m.rpm';
    copyFileSync(path.join(dir, service), path.join(dir, hostile));
    rmSync(path.join(dir, service));
    const result = await run({ ...INPUTS, 'trident-rpms': 'rpms', upload: 'false' });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    // The name was read and logged, escaped: no line starts a workflow command, no raw control character is left.
    expect(result.main.stdout).toContain('\\x3a:warning title=pwned::injected\\x85\\x1b[31m.rpm');
    expect(result.main.stdout).not.toMatch(/^\s*::warning title=pwned/m);
    // eslint-disable-next-line no-control-regex
    expect(result.main.stdout).not.toMatch(/[\u0085\u001b]/);
    expect([...result.main.warnings, ...result.main.errors].map((a) => a.title)).not.toContain('pwned');
    for (const value of Object.values(result.outputs)) expect(value).not.toMatch(/\n/);
    expect(result.post?.exitCode).toBe(0);
  });

  it('an RPM whose file name holds the legacy ##[command] form (the runner reads it anywhere in a line) is logged with it escaped', async () => {
    const dir = path.join(dirs.workspace, 'rpms', 'RPMS', 'x86_64');
    const service = readdirSync(dir).find((f) => f.startsWith('trident-service-'))!;
    const hostile = 'trident-service ##[error title=pwned]injected ##[stop-commands]tok ##[add-mask]trident.rpm';
    copyFileSync(path.join(dir, service), path.join(dir, hostile));
    rmSync(path.join(dir, service));
    const result = await run({ ...INPUTS, 'trident-rpms': 'rpms', upload: 'false' });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    expect(result.main.stdout).toContain('trident-service ##\\x5berror title=pwned]injected ##\\x5bstop-commands]tok ##\\x5badd-mask]trident.rpm');
    expect(result.main.stdout).not.toContain('##[');
    expect(result.post?.exitCode).toBe(0);
  });
});

describe('issue 11, class 6 (late failures checked before the build)', () => {
  it("a RUNNER_TEMP holding ':' (no -v mount can express it): the step fails before any pull", async () => {
    const temp = path.join(dirs.root, 'runner:temp');
    mkdirSync(temp);
    const result = await run(INPUTS, { RUNNER_TEMP: temp });
    expect(result.main.exitCode).toBe(1);
    expect(
      errors(result.main)
        .map((e) => e.message)
        .join('\n'),
    ).toMatch(/runner:temp \(RUNNER_TEMP\), whose path holds ':'/);
    expect(calls().filter((c) => subcommand(c) !== 'info')).toEqual([]);
  });
});

describe('issue 11, class 8 (cancellation): a cancelled pull says cancelled and blames no input', () => {
  for (const [tool, sub] of [
    ['oras', 'pull'],
    ['docker', 'pull'],
  ] as const) {
    it(`SIGTERM during ${tool} ${sub}: exit 130, no error annotation naming base-image or imagecustomizer-image`, async () => {
      const step = start(INPUTS, { STANDIN_SLEEP: `${tool}:${sub}:30` });
      await waitFor(`${tool} ${sub}`, () => calls(tool, sub).length > 0);
      step.cancel('SIGTERM');
      const result = await step.done;
      expect(result.main.exitCode, result.main.stdout).toBe(130);
      expect(result.main.errors).toEqual([]);
      expect(result.main.stdout).not.toMatch(/Input 'base-image'|Input 'imagecustomizer-image'/);
      expect(result.main.stdout).toMatch(/the run was cancelled/);
      expect(result.post?.exitCode).toBe(0);
    });

    it(`${tool} ${sub} ended by the job's SIGTERM before this process saw its own: cancelled, no input blamed`, async () => {
      const result = await run(INPUTS, { STANDIN_SIGTERM: `${tool}:${sub}` });
      expect(result.main.exitCode, result.main.stdout).toBe(130);
      expect(result.main.errors).toEqual([]);
      expect(result.main.stdout).not.toMatch(/Input 'base-image'|Input 'imagecustomizer-image'/);
      expect(calls('docker', 'run')).toEqual([]);
      expect(leftovers()).toEqual([]);
      expect(result.post?.exitCode).toBe(0);
    });
  }
});

/** The process groups a main step recorded (`pid:start` each, start being the leader's start time). */
const recordedGroups = (state: Record<string, string>): number[] =>
  (state['process-groups'] ?? '')
    .split(' ')
    .filter(Boolean)
    .map((g) => Number(g.split(':')[0]));

describe('issue 11, class 8 (debris): the post step stops what a killed main step left running', () => {
  it.each([
    ['with the start time its own leader had', (pid: number) => `${pid}:1`],
    ['without a start time (the leader ended before it could be read)', (pid: number) => `${pid}`],
  ])("a recorded group whose id now names another process (the step's group emptied, the id was reused), %s: left alone", async (_, record) => {
    // Another job's process leading its own group: what a reused id would name.
    const other = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' });
    const pid = other.pid!;
    const work = mkdtempSync(path.join(dirs.root, 'trident-iso-reused-'));
    const state: Record<string, string> = { 'process-groups': record(pid), 'work-dir': work };
    const lines: string[] = [];
    await postCleanUp(
      (name) => state[name] ?? '',
      () => processes({ PATH: process.env.PATH }),
      {
        info: (l) => lines.push(l),
        warning: (l) => lines.push(`warning: ${l}`),
      },
    );
    try {
      expect(alive(pid), lines.join('\n')).toBe(true);
      expect(lines.join('\n')).not.toMatch(/Stopped process groups/);
      expect(existsSync(work)).toBe(false);
    } finally {
      process.kill(-pid, 'SIGKILL');
    }
  });

  it('main killed during oras pull: post kills the recorded process group before removing the work folder', async () => {
    const step = start(INPUTS, { STANDIN_SLEEP: 'oras:pull:30' });
    await waitFor('oras pull', () => calls('oras', 'pull').length > 0);
    const pull = calls('oras', 'pull')[0]!;
    // What a main step killed by SIGKILL leaves: its saved state, and oras (leading its own group) still running.
    const state = { ...step.state() };
    expect(recordedGroups(state)).toContain(pull.pid);
    expect(existsSync(state['work-dir']!)).toBe(true);
    const lines: string[] = [];
    await postCleanUp(
      (name) => state[name] ?? '',
      () => processes({ PATH: process.env.PATH }),
      {
        info: (l) => lines.push(l),
        warning: (l) => lines.push(`warning: ${l}`),
      },
    );
    expect(lines.join('\n')).toMatch(new RegExp(`Stopped process groups the main step left running: .*${pull.pid}`));
    await waitFor('oras to end', () => !alive(pull.pid), 5_000);
    expect(existsSync(state['work-dir']!)).toBe(false);
  });

  it('dist: the main step really SIGKILLed while oras pulls and writes into the work folder: post stops oras first, nothing comes back, post exits 0', async () => {
    const step = startAction(dirs, { inputs: INPUTS, env: { ...env, STANDIN_ORAS_KEEP_WRITING: '1' }, mode: 'dist' });
    started.push(step);
    await waitFor('oras pull', () => calls('oras', 'pull').length > 0);
    const pull = calls('oras', 'pull')[0]!;
    const out = pull.argv[pull.argv.indexOf('--output') + 1]!;
    await waitFor('oras writing', () => existsSync(out) && readdirSync(out).some((f) => f.endsWith('.part')));
    const state = step.state();
    expect(recordedGroups(state)).toContain(pull.pid);
    const folders = [state['work-dir'], state['cache-dir']].filter((d): d is string => Boolean(d));
    expect(folders.some((d) => out.startsWith(`${d}/`))).toBe(true);
    // No handler runs on SIGKILL: the main step leaves oras (its own process group) running.
    step.child!.kill('SIGKILL');
    const result = await step.done;
    expect(result.main.exitCode).toBe(137);
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.stdout).toMatch(new RegExp(`Stopped process groups the main step left running: .*\\b${pull.pid}\\b`));
    // The group is gone when post ends (post waits for it), and the folders are gone.
    expect(alive(pull.pid)).toBe(false);
    for (const d of folders) expect(existsSync(d)).toBe(false);
    // Observed a moment later (not a timing assertion): nothing was written again.
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const d of folders) expect(existsSync(d)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it('dist: the post step signalled while it removes the container (the job cancelled then) finishes its clean-up and exits 0', async () => {
    const work = mkdtempSync(path.join(dirs.root, 'trident-iso-post-'));
    writeFileSync(path.join(work, 'left.txt'), 'x');
    const post = spawn(NODE24, [path.join(REPO, 'dist', 'post', 'index.js')], {
      env: { ...env, STANDIN_SLEEP: 'docker:rm:1', 'STATE_work-dir': work, STATE_container: 'trident-iso-post', STATE_engine: 'docker' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    post.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    const exited = new Promise<number | null>((resolve) => post.on('close', (code) => resolve(code)));
    await waitFor('docker rm', () => calls('docker', 'rm').length > 0);
    post.kill('SIGTERM');
    post.kill('SIGINT');
    expect(await exited, stdout).toBe(0);
    expect(stdout).toMatch(/Received SIGTERM: finishing the clean-up first/);
    expect(stdout).toMatch(/Removed container trident-iso-post/);
    expect(existsSync(work)).toBe(false);
  });

  it('the work folder is recorded before it is made: a run that dies while making it leaves a name the post step knows', () => {
    const parent = path.join(dirs.root, 'parent');
    const recorded: { root: string; existed: boolean }[] = [];
    const work = createWorkDir(parent, (root) => recorded.push({ root, existed: existsSync(root) }));
    expect(recorded).toEqual([{ root: work.root, existed: false }]);
    expect(readdirSync(work.root).sort()).toEqual(['auth', 'base', 'build', 'config', 'output', 'rpms', 'scratch']);
  });
});

describe("issue 11, class 4 (one host config on the ISO): a script cannot change it, checked from the ISO's bytes after the build (stand-in Image Customizer runs the scripts in a chroot, then makes liveos/rootfs.img with mksquashfs)", () => {
  const HOSTILE = "printf 'image:\\n  url: http://attacker.example/os.cosi\\n' > /etc/trident/config.yaml\n";
  // The image's own tools replaced by liars that give the answers a check inside the image expects (the
  // SHA-256 of the host config as the action wrote it, taken before it is rewritten; the ISO mount's link
  // target): a check run inside the image with them would pass.
  const LIARS =
    'real=$(busybox sha256sum < /etc/trident/config.yaml)\n' +
    'rm -f /usr/bin/sha256sum /usr/bin/readlink /usr/bin/sh\n' +
    'printf \'#!/usr/bin/busybox sh\\necho "%s"\\n\' "$real" > /usr/bin/sha256sum\n' +
    "printf '#!/usr/bin/busybox sh\\necho /run/initramfs/live\\n' > /usr/bin/readlink\n" +
    'chmod 755 /usr/bin/sha256sum /usr/bin/readlink\nln -s busybox /usr/bin/sh\n';
  const indent = (text: string) => text.replace(/^/gm, '        ');

  async function refused(extra: string, changed: RegExp, more: Record<string, string> = {}, input = 'extra-config') {
    if (input === 'extra-config') writeFileSync(path.join(dirs.workspace, 'extra.yaml'), extra);
    rememberUserFiles();
    const result = await run(input === 'extra-config' ? { ...INPUTS, 'extra-config': 'extra.yaml', ...more } : more);
    expect(result.main.exitCode, result.main.stdout).toBe(1);
    expect(errors(result.main)).toEqual([
      {
        title: `Input '${input}'`,
        message: expect.stringMatching(/the ISO Image Customizer built (from it )?does not hold/) as string,
      },
    ]);
    expect(errors(result.main)[0]?.message).toMatch(changed);
    expect(errors(result.main)[0]?.message).toContain('The ISO was not delivered');
    // Image Customizer ran (the scripts are part of its build) and wrote its ISO; the check stopped it before output or the upload.
    expect(calls('docker', 'run')).toHaveLength(1);
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(false);
    expect(result.main.stdout).not.toContain('Upload artifact');
    expectUserFilesUnchanged();
    expect(result.post?.exitCode).toBe(0);
  }

  it('a postCustomization script rewrites /etc/trident/config.yaml: the run fails naming extra-config and what the ISO holds instead, no ISO', async () => {
    await refused(
      `scripts:\n  postCustomization:\n    - content: |\n${indent(HOSTILE)}`,
      /\/etc\/trident\/config\.yaml \(live OS\): a regular file of \d+ bytes, not the \d+ bytes/,
    );
  });

  it("a script that first replaces the image's sha256sum, readlink and sh with liars, then rewrites the host config: caught all the same (read from outside)", async () => {
    await refused(
      `scripts:\n  finalizeCustomization:\n    - content: |\n${indent(LIARS + HOSTILE)}`,
      /\/etc\/trident\/config\.yaml \(live OS\): a regular file/,
    );
  });

  it('the same bytes count: a rewrite of the same length is caught by its SHA-256', async () => {
    // The first character of the copy (a comment's #) becomes another: same size, other bytes.
    await refused(
      `scripts:\n  finalizeCustomization:\n    - content: |\n${indent(`${LIARS}sed -i '1s/^./X/' /etc/trident/config.yaml\n`)}`,
      /\/etc\/trident\/config\.yaml \(live OS\): a regular file with SHA-256 [0-9a-f]{64}, not [0-9a-f]{64}/,
    );
  });

  it('a finalizeCustomization script replaces it with a symlink: refused, saying it is a link', async () => {
    await refused(
      'scripts:\n  finalizeCustomization:\n    - content: |\n        rm /etc/trident/config.yaml\n        ln -s /tmp/other.yaml /etc/trident/config.yaml\n',
      /\/etc\/trident\/config\.yaml \(live OS\): a symbolic link to \/tmp\/other\.yaml, not the regular file/,
    );
  });

  it('a script moves /etc/trident away and links it elsewhere: the link in the parent is reported, not followed', async () => {
    await refused(
      'scripts:\n  finalizeCustomization:\n    - content: |\n        mkdir /tmp/t && cp /etc/trident/config.yaml /tmp/t/ && rm -r /etc/trident && ln -s /tmp/t /etc/trident\n',
      /\/etc\/trident\/config\.yaml \(live OS\): reached through a symbolic link, \/etc\/trident → \/tmp\/t/,
    );
  });

  it('a script given arguments and an interpreter empties the journal drop-in: refused, naming that file', async () => {
    await refused(
      'scripts:\n  finalizeCustomization:\n    - name: tidy\n      content: \': > "$1"\'\n      interpreter: /bin/sh\n      arguments: [/etc/systemd/journald.conf.d/50-trident-iso-console.conf]\n',
      /50-trident-iso-console\.conf \(live OS\): a regular file of 0 bytes/,
    );
  });

  it('patchable: a script points /mnt/trident_cdrom elsewhere (where /etc/trident/config.yaml leads): refused', async () => {
    await refused(
      'scripts:\n  postCustomization:\n    - content: |\n        rm /mnt/trident_cdrom\n        ln -s /etc /mnt/trident_cdrom\n',
      /\/mnt\/trident_cdrom \(live OS\): a symbolic link to \/etc, not a symbolic link to \/run\/initramfs\/live/,
      { patchable: 'true' },
    );
  });

  it("a script adds a drop-in for trident-install.service (another config at boot) and another trident first on systemd's path: both refused, named", async () => {
    await refused(
      'scripts:\n  postCustomization:\n    - content: |\n' +
        indent(
          'mkdir -p /etc/systemd/system/trident-install.service.d /usr/local/bin\n' +
            "printf '[Service]\\nExecStart=\\nExecStart=trident install /var/other.yaml\\n' > /etc/systemd/system/trident-install.service.d/override.conf\n" +
            "printf '#!/bin/sh\\n' > /usr/local/bin/trident\n",
        ),
      /\/etc\/systemd\/system\/trident-install\.service\.d \(live OS\): a folder holding override\.conf[\s\S]*\/usr\/local\/bin\/trident \(live OS\): a regular file/,
    );
  });

  it("a finalizeCustomization script rewrites trident-install.service's ExecStart (the unit file Trident's RPM installs) to read another config: refused, naming the path and the package", async () => {
    await refused(
      `scripts:\n  finalizeCustomization:\n    - content: |\n${indent("printf '[Service]\\nExecStart=/usr/bin/trident install /var/other.yaml\\n' > /usr/lib/systemd/system/trident-install.service\n")}`,
      /\/usr\/lib\/systemd\/system\/trident-install\.service \(live OS\): a regular file of \d+ bytes, not the \d+ bytes trident-install-service-0\.27\.0-1\.azl3\.x86_64 installs/,
      { 'trident-rpms': 'rpms' },
    );
  });

  it('a finalizeCustomization script replaces /usr/bin/trident with one of the same size (and the liars): refused by its SHA-256, naming the path', async () => {
    await refused(
      `scripts:\n  finalizeCustomization:\n    - content: |\n${indent(`${LIARS}sed -i 's/unsupported/UNSUPPORTED/' /usr/bin/trident\nchmod 755 /usr/bin/trident\n`)}`,
      /\/usr\/bin\/trident \(live OS\): a regular file with SHA-256 [0-9a-f]{64}, not [0-9a-f]{64} \(what trident-0\.27\.0-1\.azl3\.x86_64 installs\)/,
      { 'trident-rpms': 'rpms' },
    );
  });

  it("a user's full config whose script swaps the tools for liars and rewrites the host config it carries: refused, naming config", async () => {
    mkdirSync(path.join(dirs.workspace, 'ic'));
    copyFileSync(path.join(dirs.workspace, 'host-config.yaml'), path.join(dirs.workspace, 'ic', 'host.yaml'));
    writeFileSync(
      path.join(dirs.workspace, 'ic', 'config.yaml'),
      'os:\n  hostname: installer\n  packages:\n    install: [netplan]\n  additionalFiles:\n    - source: host.yaml\n      destination: /etc/trident/config.yaml\n' +
        `scripts:\n  postCustomization:\n    - content: |\n${indent(LIARS + HOSTILE)}`,
    );
    await refused('', /\/etc\/trident\/config\.yaml \(live OS\): a regular file/, { config: 'ic/config.yaml' }, 'config');
  });

  it("a user's full config that installs Trident pinned to the RPMs given, whose script points /usr/bin/trident elsewhere: refused, naming config and the path", async () => {
    mkdirSync(path.join(dirs.workspace, 'ic'));
    copyFileSync(path.join(dirs.workspace, 'host-config.yaml'), path.join(dirs.workspace, 'ic', 'host.yaml'));
    writeFileSync(
      path.join(dirs.workspace, 'ic', 'config.yaml'),
      'os:\n  packages:\n    install: [netplan, trident-0.27.0-1.azl3, trident-install-service-0.27.0-1.azl3]\n  additionalFiles:\n    - source: host.yaml\n      destination: /etc/trident/config.yaml\n' +
        `scripts:\n  postCustomization:\n    - content: |\n${indent('rm /usr/bin/trident\nln -s busybox /usr/bin/trident\n')}`,
    );
    await refused(
      '',
      /\/usr\/bin\/trident \(live OS\): a symbolic link to busybox, not the regular file trident-0\.27\.0-1\.azl3\.x86_64 installs/,
      { config: 'ic/config.yaml', 'trident-rpms': 'rpms' },
      'config',
    );
  });

  it("a user's full config with iso.initramfsType full-os (no liveos/rootfs.img to read): warned that its host config is not checked, delivered", async () => {
    mkdirSync(path.join(dirs.workspace, 'ic'));
    copyFileSync(path.join(dirs.workspace, 'host-config.yaml'), path.join(dirs.workspace, 'ic', 'host.yaml'));
    writeFileSync(
      path.join(dirs.workspace, 'ic', 'config.yaml'),
      'iso:\n  initramfsType: full-os\nos:\n  packages:\n    install: [netplan]\n  additionalFiles:\n    - source: host.yaml\n      destination: /etc/trident/config.yaml\n',
    );
    const result = await run({ config: 'ic/config.yaml' });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    expect(result.main.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('full-os puts the live OS into the initramfs'));
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(true);
  });

  it('an ISO whose live OS image is compressed with another compressor (lz4) cannot be checked: not delivered, saying why', async () => {
    const result = await run(INPUTS, { STANDIN_SQUASHFS_COMP: 'lz4' });
    expect(result.main.exitCode, result.main.stdout).toBe(1);
    expect(errors(result.main)[0]?.message).toMatch(
      /The ISO's live OS could not be checked: its \/liveos\/rootfs\.img cannot be read: it is compressed with lz4/,
    );
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(false);
    expect(result.post?.exitCode).toBe(0);
  });

  it('innocent scripts in both lists run (in order, in the chroot) and the build succeeds: the ISO is checked and delivered', async () => {
    writeFileSync(
      path.join(dirs.workspace, 'extra.yaml'),
      // An empty drop-in folder for Trident's unit changes nothing: it passes the check.
      'scripts:\n  postCustomization:\n    - content: |\n        echo post > /etc/motd\n        cat /etc/trident/config.yaml > /dev/null\n        mkdir -p /etc/systemd/system/trident-install.service.d\n' +
        '  finalizeCustomization:\n    - content: |\n        grep -q post /etc/motd\n        echo final >> /etc/motd\n',
    );
    // With the RPMs given: the live OS holds their files (the stand-in installs them as tdnf does), each checked against its header.
    const result = await run({ ...INPUTS, 'extra-config': 'extra.yaml', 'trident-rpms': 'rpms' });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    expect(result.main.stdout).toMatch(
      /The built ISO must hold the \d+ files, links and folders of [\w, -]*trident-install-service[\w, -]* as their RPM headers list them/,
    );
    const iso = path.join(dirs.workspace, 'installer.iso');
    expect(existsSync(iso)).toBe(true);
    // Checked from the ISO's bytes, reading a small part of it.
    const [, read, size] =
      /The ISO holds what the action wrote \(\d+ paths of the live OS and the media checked from its bytes; (\d+) of its (\d+) bytes read\)/.exec(
        result.main.stdout,
      ) ?? [];
    expect(Number(size)).toBeGreaterThan(10 * Number(read));
    // The live OS on the ISO is what the scripts made (unsquashfs reads the ISO's liveos/rootfs.img).
    const rootfs = path.join(dirs.root, 'rootfs.img');
    writeFileSync(rootfs, execFileSync('isoinfo', ['-R', '-i', iso, '-x', '/liveos/rootfs.img'], { maxBuffer: 1 << 26 }));
    expect(execFileSync('unsquashfs', ['-cat', rootfs, 'etc/motd'], { encoding: 'utf8' })).toBe('post\nfinal\n');
    expect(execFileSync('unsquashfs', ['-cat', rootfs, 'usr/bin/trident'], { encoding: 'utf8' })).toContain('trident (test stand-in)');
    expect(result.post?.exitCode).toBe(0);
  });
});
