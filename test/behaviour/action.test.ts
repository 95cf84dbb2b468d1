// The action's behaviour, run in process through the runner emulator (main()
// with a recording Runtime), with stand-in docker, podman, oras and make
// executables (test/dist/standins) that record their argv and write what the
// real tools would. Real components are exercised by the end-to-end suite
// (test/e2e); the bundle itself by the smoke tests in test/dist.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { JOURNAL_TO_CONSOLE } from '../../src/customizer/config.js';
import { REPO, runAction, type RunnerDirs } from '../support/runner.js';
import { readCalls, standinIsoConfig, standinRunner, subcommand, type Call } from '../support/standins.js';
import { writeTinyCosi } from '../support/cosi.js';

const FIXTURES = path.join(REPO, 'test', 'fixtures');

let dirs: RunnerDirs;
let log: string;
let env: Record<string, string>;
let cosiSha384: string;

const calls = (tool?: string): Call[] => readCalls(log, tool);

beforeEach(() => {
  ({ dirs, log, env } = standinRunner(mkdtempSync(path.join(tmpdir(), 'behaviour-'))));
  copyFileSync(path.join(FIXTURES, 'samples', 'host-configs', 'simple.yaml'), path.join(dirs.workspace, 'host-config.yaml'));
  writeTinyCosi(path.join(dirs.workspace, 'os.cosi'));
  const tar = execFileSync('tar', ['-xOf', path.join(dirs.workspace, 'os.cosi'), 'metadata.json']);
  cosiSha384 = createHash('sha384').update(tar).digest('hex');
});

describe('the action with stand-in tools (in process)', () => {
  it('builds from host-config and cosi alone: argv, config, outputs, summary, cleanup', async () => {
    const userHostConfig = readFileSync(path.join(dirs.workspace, 'host-config.yaml'), 'utf8');
    const result = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi' }, env });
    expect(result.main.exitCode, result.main.stdout).toBe(0);

    // oras came from the tool cache; the base image was resolved (its descriptor) then pulled.
    const oras = calls('oras');
    expect(oras.map((c) => c.argv[0])).toEqual(['manifest', 'pull']);
    // Pulled by the digest it resolved to, so that what is pulled (and cached) is what was resolved;
    // an image index, so with --platform.
    // The reference comes last, after `--`: never read as an option.
    expect(oras[0]?.argv.slice(0, 3)).toEqual(['manifest', 'fetch', '--descriptor']);
    expect(oras[0]?.argv.slice(-2)).toEqual(['--', 'mcr.microsoft.com/azurelinux/3.0/image/minimal-os:latest']);
    expect(oras[1]?.argv.slice(0, 3)).toEqual(['pull', '--platform', 'linux/amd64']);
    expect(oras[1]?.argv.slice(-2)).toEqual(['--', `mcr.microsoft.com/azurelinux/3.0/image/minimal-os@sha256:${'d'.repeat(64)}`]);
    expect(calls('make')).toEqual([]);
    // oras's folder is on PATH for later steps, as setup actions do.
    expect(result.paths).toEqual([path.join(dirs.toolCache, 'oras', '1.3.0', process.arch)]);

    const docker = calls('docker');
    expect(docker[0]?.argv).toEqual(['info', '--format', '{{json .SecurityOptions}}']);
    // Before the long run: a privileged container of the image is tried (a fixed command).
    expect(docker.find((c) => subcommand(c) === 'run-helper')?.argv).toEqual([
      'run',
      '--rm',
      '--privileged',
      '--name',
      result.state.container,
      '--platform',
      'linux/amd64',
      '--entrypoint',
      'sh',
      '--',
      'mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0',
      '-c',
      'test -c /dev/loop-control',
    ]);
    expect(docker[1]?.argv).toEqual(['pull', '--platform', 'linux/amd64', '--', 'mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0']);
    const run = docker.find((c) => subcommand(c) === 'run')!.argv;
    const work = result.state['work-dir']!;
    expect(run).toEqual([
      'run',
      '--rm',
      '--privileged',
      '--name',
      result.state.container,
      '--platform',
      'linux/amd64',
      '-v',
      '/dev:/dev',
      '-v',
      `${work}/config:/config:ro`,
      '-v',
      `${work}/base/image.vhdx:/inputs/base/image.vhdx:ro`,
      '-v',
      `${work}/build:/build`,
      '-v',
      `${work}/output:/output`,
      '-v',
      `${dirs.workspace}/os.cosi:/inputs/cosi/os.cosi:ro`,
      '--',
      'mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0',
      '--log-level',
      'info',
      '--build-dir',
      '/build',
      '--image-file',
      '/inputs/base/image.vhdx',
      '--config-file',
      '/config/ic-config.yaml',
      '--output-image-file',
      '/output/installer.iso',
      '--output-image-format',
      'iso',
      '--disable-telemetry',
    ]);

    // The ISO written by the stand-in holds the config it was given.
    const iso = readFileSync(path.join(dirs.workspace, 'installer.iso'));
    const config = standinIsoConfig(path.join(dirs.workspace, 'installer.iso')) as {
      os: { additionalFiles: unknown[]; packages: { install: string[] } };
      iso: unknown;
    };
    expect(config.os.additionalFiles).toEqual([{ source: 'host-config.yaml', destination: '/etc/trident/config.yaml' }, JOURNAL_TO_CONSOLE]);
    expect(config.iso).toEqual({ additionalFiles: [{ source: '/inputs/cosi/os.cosi', destination: '/images/azure-linux.cosi' }] });
    expect(config.os.packages.install).toContain('trident-install-service');

    expect(result.outputs).toEqual({
      'config-path': `${work}/config/ic-config.yaml`,
      'host-config-path': `${work}/config/host-config.yaml`,
      'base-image-digest': `sha256:${'d'.repeat(64)}`,
      'trident-version': '',
      'iso-path': path.join(dirs.workspace, 'installer.iso'),
      'iso-sha256': createHash('sha256').update(iso).digest('hex'),
      'iso-size': String(iso.length),
      'artifact-id': '',
      'artifact-url': '',
      'artifact-digest': '',
    });
    // No runtime token here: the upload is skipped with a warning, not a failure.
    expect(result.main.stdout).toMatch(/::warning::The ISO was not uploaded: not running inside a GitHub Actions job/);
    expect(result.main.stdout).toMatch(/Trident is installed from the Azure Linux package repositories/);
    // No cache service outside a job: nothing restored, and no failure.
    expect(result.main.stdout).toMatch(/The Actions cache service is not available here \(not in a workflow job\): the base image is not cached/);
    expect(result.summary).toContain('## Trident installer ISO');
    expect(result.summary).toContain(createHash('sha256').update(iso).digest('hex'));
    expect(result.summary).toContain('```mermaid');
    // The user's host config is untouched; the post step removed the work directory.
    expect(readFileSync(path.join(dirs.workspace, 'host-config.yaml'), 'utf8')).toBe(userHostConfig);
    expect(existsSync(work)).toBe(false);
    expect(readdirSync(dirs.temp).filter((d) => d.startsWith('trident-iso-'))).toEqual([]);
  });

  it('frees what Image Customizer leaves as soon as it ends, beside Check ISO rather than after it', async () => {
    let work = '';
    const result = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi' },
      env: { ...env, STANDIN_RUN_BUILD_BYTES: String(1024 * 1024) },
      betweenSteps: (_outputs, state) => void (work = state['work-dir'] ?? ''),
    });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    // The stages as the summary's chart has them: [name, start, end] in ms from the first start.
    const chart = [...result.summary.matchAll(/^ {2}(.+) \([\d.]+ s\) :(?:\w+, )?s\d+, (\d+), (\d+)$/gm)].map(
      ([, name = '', start = '', end = '']) => ({
        name,
        start: Number(start),
        end: Number(end),
      }),
    );
    const at = (name: string) => chart.find((s) => s.name === name) ?? expect.fail(`no stage '${name}' in ${JSON.stringify(chart)}`);
    expect(at('Free the build folders').start).toBeGreaterThanOrEqual(at('Image Customizer').end);
    expect(at('Free the build folders').start).toBeLessThanOrEqual(at('Check ISO').start);
    // The container wrote into its build folder (the stand-in, a file of 1 MiB); it was gone before the post step ran.
    expect(readCalls(log, 'docker').some((c) => subcommand(c) === 'run')).toBe(true);
    expect(work).not.toBe('');
    expect(existsSync(path.join(work, 'build'))).toBe(false);
  });

  it('wires the host config copy to the COSI on the ISO (host-config-image: auto)', async () => {
    const result = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'cosi-destination': '/images/os.cosi' },
      env,
      post: false,
    });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    const copy = parse(readFileSync(result.outputs['host-config-path']!, 'utf8')) as { image: { url: string; sha384: string } };
    expect(copy.image).toEqual({ url: 'file:///mnt/trident_cdrom/images/os.cosi', sha384: cosiSha384 });
  });

  it('builds the RPMs with make in trident-source and mounts them flat and writable', async () => {
    const checkout = path.join(dirs.workspace, 'trident');
    mkdirSync(checkout);
    writeFileSync(path.join(checkout, 'Makefile'), 'bin/trident-rpms.tar.gz:\n\t@false\n');
    const result = await runAction(dirs, {
      inputs: {
        'host-config': 'host-config.yaml',
        'trident-source': 'trident',
        'container-engine': 'podman',
        'imagecustomizer-image': 'ghcr.io/microsoft/imagecustomizer:1.6.0',
      },
      env,
      post: false,
    });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    expect(calls('make')).toEqual([expect.objectContaining({ argv: ['bin/trident-rpms.tar.gz'], cwd: checkout })]);
    const run = calls('podman').find((c) => subcommand(c) === 'run')!.argv;
    expect(run).toContain(`${result.state['work-dir']}/rpms:/rpms`);
    expect(run).not.toContain('/dev:/dev');
    expect(run.slice(run.indexOf('--rpm-source'), run.indexOf('--rpm-source') + 2)).toEqual(['--rpm-source', '/rpms']);
    // x86_64 and noarch gathered into the one mounted folder (listed as they are copied).
    expect(result.main.stdout).toContain('  trident-selinux-0.27.0-dev.2026080799.v95639188c.azl3.noarch.rpm');
    expect(result.main.stdout).toContain('  trident-install-service-0.27.0-dev.2026080799.v95639188c.azl3.x86_64.rpm');
    // The bulky parts of the work directory are gone once the ISO is out; the config stays for later steps.
    expect(existsSync(path.join(result.state['work-dir']!, 'rpms'))).toBe(false);
    expect(existsSync(result.outputs['config-path']!)).toBe(true);
    expect(result.outputs['trident-version']).toBe('0.27.0-dev.2026080799.v95639188c.azl3');
  });

  it('validate-only writes the config, prints the commands and starts nothing', async () => {
    const result = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'validate-only': 'true' },
      env,
      post: false,
    });
    expect(result.main.exitCode, result.main.stdout).toBe(0);
    expect(calls()).toEqual([]);
    expect(result.main.stdout).toMatch(/docker run --rm --privileged/);
    expect(existsSync(result.outputs['config-path']!)).toBe(true);
    // Only the configs exist to name: no ISO, no base image, no artifact.
    expect(Object.keys(result.outputs).sort()).toEqual(['config-path', 'host-config-path']);
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(false);
  });

  it('fails on a bad input before starting anything, naming the input', async () => {
    const result = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', 'selinux-mode': 'sometimes' }, env });
    expect(result.main.exitCode).toBe(1);
    expect(result.main.stdout).toMatch(
      /::error title=Input 'selinux-mode'::Input 'selinux-mode': must be one of disabled, permissive, enforcing, force-enforcing/,
    );
    expect(calls()).toEqual([]);
    // Failed before the first stage: the summary says so.
    expect(result.summary).toContain('The step failed before its first stage');
  });

  it("fails with the tail of Image Customizer's log, removes the container and uploads nothing", async () => {
    const result = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi' },
      env: { ...env, STANDIN_FAIL: 'docker:run' },
    });
    expect(result.main.exitCode).toBe(1);
    expect(result.main.stdout).toMatch(/Image Customizer failed \(exit code 3\)/);
    expect(result.main.stdout).toMatch(/docker run: failing on purpose/);
    expect(calls('docker').some((c) => c.argv[0] === 'rm' && c.argv.includes(result.state.container!))).toBe(true);
    expect(result.outputs['iso-path']).toBeUndefined();
    // What the run did produce is still named: the config it wrote, the base image it used.
    expect(result.outputs['base-image-digest']).toBe(`sha256:${'d'.repeat(64)}`);
    expect(result.summary).toContain('In the stage **Image Customizer**:\n\n```text\nImage Customizer failed (exit code 3)');
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(false);
  });

  it('RPMs that cannot be used are blamed on their input, once: an empty trident-rpms folder', async () => {
    mkdirSync(path.join(dirs.workspace, 'rpms'));
    const result = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', 'trident-rpms': 'rpms' }, env });
    expect(result.main.exitCode).toBe(1);
    expect(result.main.errors).toContainEqual({
      title: "Input 'trident-rpms'",
      message: `Read Trident RPMs failed: Input 'trident-rpms': no .rpm files were found in ${path.join(dirs.workspace, 'rpms')}.`,
    });
  });

  it('fails naming container-engine when the engine refuses privileged containers, before Image Customizer runs', async () => {
    const result = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi' },
      env: { ...env, STANDIN_NO_PRIVILEGED: '1' },
    });
    expect(result.main.exitCode).toBe(1);
    expect(result.main.stdout).toMatch(
      /::error title=Input 'container-engine'::Image Customizer image failed: Input 'container-engine': docker could not run a privileged container/,
    );
    expect(calls('docker').filter((c) => subcommand(c) === 'run')).toEqual([]);
  });
});
