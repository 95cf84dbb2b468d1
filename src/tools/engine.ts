// The Image Customizer container: its argv (a pure function of the plan, for
// each engine and Image Customizer version), pulling its image, running it.
import path from 'node:path';
import { run, runChecked, CommandError } from './exec.js';
import { InputError } from '../context/inputs.js';
import { seedRegistryConfig } from './registry-auth.js';
import { isTransient, retry, retryBaseMs } from './retry.js';
import type { CustomizerFeatures } from '../customizer/version.js';
import type { ContainerEngine, LogLevel, Platform } from '../context/input-types.js';

/** Where things appear inside the container. */
export const IN_CONTAINER = {
  config: '/config',
  cosiDir: '/inputs/cosi',
  baseDir: '/inputs/base',
  rpms: '/rpms',
  build: '/build',
  output: '/output',
} as const;

export interface Mount {
  host: string;
  container: string;
  readOnly: boolean;
}

export interface ContainerSpec {
  engine: ContainerEngine;
  platform: Platform;
  /** Named so that a cancelled job's post step can remove it. */
  name: string;
  image: string;
  features: CustomizerFeatures;
  mounts: readonly Mount[];
  /** Paths inside the container. */
  configFile: string;
  imageFile: string;
  rpmSource?: string;
  outputFile: string;
  logLevel: LogLevel;
}

/** The full argv of `<engine> run ...` for Image Customizer. Pure. */
export function containerArgv(spec: ContainerSpec): string[] {
  const argv = [spec.engine, 'run', '--rm', '--privileged', '--name', spec.name, '--platform', spec.platform];
  // Image Customizer needs the host's loop devices; before 1.5 it relies on the host /dev.
  if (spec.features.needsDevMount) argv.push('-v', '/dev:/dev');
  for (const m of spec.mounts) argv.push('-v', `${m.host}:${m.container}${m.readOnly ? ':ro' : ''}`);
  argv.push(spec.image);
  if (spec.features.needsCommandArgument) argv.push('imagecustomizer');
  argv.push('--log-level', spec.logLevel);
  argv.push('--build-dir', IN_CONTAINER.build);
  argv.push('--image-file', spec.imageFile);
  argv.push('--config-file', spec.configFile);
  if (spec.rpmSource) argv.push('--rpm-source', spec.rpmSource);
  argv.push('--output-image-file', spec.outputFile);
  argv.push('--output-image-format', 'iso');
  // The action never sends telemetry on the user's behalf.
  if (spec.features.hasDisableTelemetry) argv.push('--disable-telemetry');
  return argv;
}

/** A host path that `-v host:container[:ro]` cannot express. */
export function unmountablePath(hostPath: string): boolean {
  return hostPath.includes(':');
}

/** The registry host of an image reference (docker.io when it names none). */
export function registryOf(ref: string): string {
  const first = ref.split('/')[0] ?? '';
  const hasRegistry = ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return hasRegistry ? first : 'docker.io';
}

export interface PullOptions {
  engine: ContainerEngine;
  image: string;
  platform: Platform;
  /** With credentials: the private folder their login is stored in. */
  auth?: { dir: string; username: string; password: string };
  onLine?: (line: string) => void;
  signal?: AbortSignal;
}

/** The private credential store: docker's config folder, podman's auth file. */
function authFile(engine: ContainerEngine, dir: string): string {
  return path.join(dir, engine === 'docker' ? 'config.json' : 'auth.json');
}

/** The argv of the login and the pull; pure, so validate-only can print exactly what would run. */
export function pullArgv(o: Pick<PullOptions, 'engine' | 'image' | 'platform'> & { authDir?: string; username?: string }): {
  login?: string[];
  pull: string[];
} {
  // docker takes a config folder before the command; podman an auth file after it.
  const before = o.authDir && o.engine === 'docker' ? ['--config', o.authDir] : [];
  const after = o.authDir && o.engine === 'podman' ? ['--authfile', authFile('podman', o.authDir)] : [];
  return {
    ...(o.authDir && o.username
      ? { login: [o.engine, ...before, 'login', ...after, registryOf(o.image), '--username', o.username, '--password-stdin'] }
      : {}),
    pull: [o.engine, ...before, 'pull', ...after, '--platform', o.platform, o.image],
  };
}

/** Logs in (password on stdin, never in argv) when credentials are given, then pulls, retrying transient failures. */
export async function pullImage(o: PullOptions): Promise<void> {
  const argv = pullArgv({ ...o, ...(o.auth ? { authDir: o.auth.dir, username: o.auth.username } : {}) });
  if (o.auth && argv.login) {
    await seedRegistryConfig(authFile(o.engine, o.auth.dir), registryOf(o.image));
    const login = argv.login;
    const password = o.auth.password;
    await retry(() => runChecked(login, { input: password, onLine: o.onLine, signal: o.signal }), {
      attempts: 4,
      baseMs: retryBaseMs(),
      ...(o.signal ? { signal: o.signal } : {}),
    }).catch((error: unknown) => {
      if (o.signal?.aborted || isTransient((error as Error).message)) throw error;
      throw new InputError(
        'imagecustomizer-registry-username',
        `the login to ${registryOf(o.image)} failed; check imagecustomizer-registry-username and imagecustomizer-registry-password. ${(error as Error).message}`,
      );
    });
  }
  await retry(() => runChecked(argv.pull, { onLine: o.onLine, signal: o.signal }), {
    attempts: 4,
    baseMs: retryBaseMs(),
    onRetry: (attempt, delay) =>
      o.onLine?.(`${o.engine} pull: attempt ${attempt} failed with a transient error; retrying in ${(delay / 1000).toFixed(1)} s`),
    ...(o.signal ? { signal: o.signal } : {}),
  }).catch((error: unknown) => {
    if (o.signal?.aborted) throw error;
    throw new InputError('imagecustomizer-image', `could not pull ${o.image}: ${(error as Error).message}`);
  });
}

/**
 * Tries a privileged container of the image: the engine may refuse privileges
 * (policy, rootless), and a run that fails on that after the pulls would waste
 * them. The command is fixed; nothing from the inputs is in it.
 */
export async function checkPrivileged(engine: ContainerEngine, image: string, platform: Platform, name: string, signal?: AbortSignal): Promise<void> {
  const argv = [
    engine,
    'run',
    '--rm',
    '--privileged',
    '--name',
    name,
    '--platform',
    platform,
    '--entrypoint',
    'sh',
    image,
    '-c',
    'test -c /dev/loop-control',
  ];
  // Named, and removed whatever happens: a client stopped mid-start (another stage failed) leaves a created container.
  const result = await run(argv, { signal }).finally(() => removeContainer(engine, name));
  const verdict = privilegeVerdict(result.exitCode, result.tail);
  const said = `(exit code ${result.exitCode}): ${result.tail.slice(-3).join(' ')}`;
  if (verdict === 'refused') {
    throw new InputError(
      'container-engine',
      `${engine} could not run a privileged container with loop devices ${said}. Image Customizer needs one; use a runner whose engine allows --privileged.`,
    );
  }
  if (verdict === 'error') throw new Error(`The privileged check container of ${image} could not run ${said}.`);
}

/**
 * What the check's exit says: `test` failing (1) or the engine refusing privileges
 * means no privileged container here; other failures (no space, no sh in a custom
 * image) are errors of their own, not advice about the engine. Pure.
 */
export function privilegeVerdict(exitCode: number, tail: readonly string[]): 'ok' | 'refused' | 'error' {
  if (exitCode === 0) return 'ok';
  if (exitCode === 1 || /privileged|authorization|not allowed|permission denied|operation not permitted|rootless/i.test(tail.join('\n')))
    return 'refused';
  return 'error';
}

/** Runs the container; on failure or cancellation it is removed and the error holds its log's tail. */
export async function runContainer(
  argv: readonly string[],
  engine: ContainerEngine,
  name: string,
  onLine: (line: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  try {
    await runChecked(argv, { onLine, signal });
  } catch (error) {
    await removeContainer(engine, name);
    if (error instanceof CommandError) {
      throw new Error(`Image Customizer failed (exit code ${error.exitCode}). The last lines of its log:\n${error.tail.join('\n')}`);
    }
    throw error;
  }
}

/**
 * Removes paths as root with a throwaway container of the (already pulled)
 * Image Customizer image: only root can delete what its root-run container wrote.
 */
export function rootRemover(engine: ContainerEngine, image: string, log: (line: string) => void): (paths: readonly string[]) => Promise<void> {
  return async (paths) => {
    for (const p of paths) {
      // Only the folder itself is mounted; its (user-owned) entry is removed by the caller afterwards.
      const result = await run([
        engine,
        'run',
        '--rm',
        '--pull',
        'never',
        '--network',
        'none',
        '--entrypoint',
        'sh',
        '-v',
        `${p}:/w`,
        image,
        '-c',
        'rm -rf /w/* /w/.[!.]* /w/..?*',
      ]);
      if (result.exitCode !== 0) log(`Could not empty ${p} as root (exit code ${result.exitCode}): ${result.tail.slice(-2).join(' ')}`);
    }
  };
}

/** Removes the container if it still exists; never throws. */
export async function removeContainer(engine: ContainerEngine, name: string): Promise<void> {
  await run([engine, 'rm', '--force', name]).catch(() => undefined);
}
