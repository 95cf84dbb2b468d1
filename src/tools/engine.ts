// The container engine (docker or podman): whether it can run Image
// Customizer's privileged container, pulling its image (with a private login
// store), running it, and removing what it leaves. Failures come back as
// domain errors (EngineError) or verdicts; the stages say which input they
// concern.
import { errorMessage } from '../context/errors.js';
import type { ContainerEngine } from '../context/input-types.js';
import { registryOf } from '../context/oci-ref.js';
import type { Platform } from '../context/platform.js';
import { CommandError, type Exec } from './exec.js';
import { authFile, pullArgv } from './argv.js';
import { seedRegistryConfig } from './registry-auth.js';
import { isTransient, retryTransient, type RetryPolicy } from './retry.js';

/** What to ask the engine: its security options (docker) or whether it is rootless (podman). */
export const ENGINE_INFO_FORMAT: Record<ContainerEngine, string> = {
  docker: '{{json .SecurityOptions}}',
  podman: '{{.Host.Security.Rootless}}',
};

/** Why the engine cannot run Image Customizer's privileged container, from its info answer; undefined when it can. Pure. */
export function engineInfoProblem(engine: ContainerEngine, answer: string): string | undefined {
  // Rootless engines cannot give a container the host's loop devices.
  const rootless = engine === 'podman' ? answer.trim() === 'true' : /"name=rootless\b/.test(answer);
  if (rootless) return `${engine} runs rootless; Image Customizer needs a privileged container with loop devices. Run the engine as root.`;
  // With user-namespace remapping, root in a container is not root on the host: no loop devices.
  if (engine === 'docker' && /"name=userns\b/.test(answer)) {
    return `${engine} remaps user namespaces (userns-remap); a privileged container then cannot use the host's loop devices. Use a daemon without userns-remap for this job.`;
  }
  return undefined;
}

/** Why the engine cannot build here (not installed, not answering, rootless); undefined when it can. */
export async function checkEngine(exec: Exec, engine: ContainerEngine, signal?: AbortSignal): Promise<string | undefined> {
  const info = (format: string) => exec.run([engine, 'info', '--format', format], { captureStdout: true, ...(signal ? { signal } : {}) });
  let result;
  try {
    result = await info(ENGINE_INFO_FORMAT[engine]);
  } catch (error) {
    if (signal?.aborted) throw error;
    return `${engine} is not installed (not found on PATH). Install it, or set container-engine to the engine you have.`;
  }
  // `docker` may be podman (the podman-docker shim), whose info has no such field: ask podman's question.
  if (engine === 'docker' && result.exitCode !== 0 && /template|can't evaluate field/i.test(result.tail.join('\n'))) {
    result = await info(ENGINE_INFO_FORMAT.podman);
    if (result.exitCode === 0) return engineInfoProblem('podman', result.stdout);
  }
  if (result.exitCode !== 0) {
    return `${engine} does not answer (\`${engine} info\` exited with ${result.exitCode}): ${result.tail.slice(-3).join(' ')}. Start it, or set container-engine.`;
  }
  return engineInfoProblem(engine, result.stdout);
}

/** A login or a pull that failed; `transient` when it may pass by itself (it was retried). */
export class EngineError extends Error {
  constructor(
    readonly step: 'login' | 'pull',
    readonly image: string,
    readonly transient: boolean,
    readonly output: string,
  ) {
    super(output);
    this.name = 'EngineError';
  }
}

export interface PullOptions {
  engine: ContainerEngine;
  image: string;
  platform: Platform;
  /** With credentials: the private folder their login is stored in. */
  auth?: { dir: string; username: string; password: string };
  retry: RetryPolicy;
  onLine?: (line: string) => void;
  signal?: AbortSignal;
}

/** Logs in (password on stdin, never in argv) when credentials are given, then pulls; transient failures are retried. */
export async function pullImage(exec: Exec, o: PullOptions): Promise<void> {
  const argv = pullArgv({ ...o, ...(o.auth ? { authDir: o.auth.dir, username: o.auth.username } : {}) });
  const step = async (what: 'login' | 'pull', command: readonly string[], input?: string) => {
    await retryTransient(
      `${o.engine} ${what}`,
      () =>
        exec.runChecked(command, {
          ...(input === undefined ? {} : { input }),
          ...(o.onLine ? { onLine: o.onLine } : {}),
          ...(o.signal ? { signal: o.signal } : {}),
        }),
      { policy: o.retry, log: o.onLine, signal: o.signal },
    ).catch((error: unknown) => {
      if (o.signal?.aborted || !(error instanceof CommandError)) throw error;
      throw new EngineError(what, o.image, isTransient(error.message), errorMessage(error));
    });
  };
  if (o.auth && argv.login) {
    await seedRegistryConfig(authFile(o.engine, o.auth.dir), registryOf(o.image));
    await step('login', argv.login, o.auth.password);
  }
  await step('pull', argv.pull);
}

/** What the privileged check container said: its verdict, exit code and last lines. */
export interface PrivilegeCheck {
  verdict: 'ok' | 'refused' | 'error';
  exitCode: number;
  tail: readonly string[];
}

/**
 * Tries a privileged container of the image: the engine may refuse privileges
 * (policy, rootless), and a run that fails on that after the pulls would waste
 * them. The command is fixed; nothing from the inputs is in it.
 */
export async function tryPrivileged(
  exec: Exec,
  o: { engine: ContainerEngine; image: string; platform: Platform; name: string; signal?: AbortSignal },
): Promise<PrivilegeCheck> {
  const argv = [
    o.engine,
    'run',
    '--rm',
    '--privileged',
    '--name',
    o.name,
    '--platform',
    o.platform,
    '--entrypoint',
    'sh',
    '--',
    o.image,
    '-c',
    'test -c /dev/loop-control',
  ];
  // Named, and removed whatever happens: a client stopped mid-start (another stage failed) leaves a created container.
  const result = await exec.run(argv, o.signal ? { signal: o.signal } : {}).finally(() => removeContainer(exec, o.engine, o.name));
  return { verdict: privilegeVerdict(result.exitCode, result.tail), exitCode: result.exitCode, tail: result.tail };
}

/**
 * What the check's exit says: `test` failing (1) or the engine refusing privileges
 * means no privileged container here; other failures (no space, no sh in a custom
 * image) are errors of their own, not advice about the engine. Pure.
 */
export function privilegeVerdict(exitCode: number, tail: readonly string[]): PrivilegeCheck['verdict'] {
  if (exitCode === 0) return 'ok';
  if (exitCode === 1 || /privileged|authorization|not allowed|permission denied|operation not permitted|rootless/i.test(tail.join('\n')))
    return 'refused';
  return 'error';
}

/** Runs the container; on failure or cancellation it is removed, and a CommandError holds its log's tail. */
export async function runContainer(
  exec: Exec,
  o: {
    argv: readonly string[];
    engine: ContainerEngine;
    name: string;
    onLine: (line: string) => void;
    /** Called once the engine's process has started. */
    onStarted?: () => void;
    signal?: AbortSignal;
  },
): Promise<void> {
  try {
    await exec.runChecked(o.argv, {
      onLine: o.onLine,
      ...(o.onStarted ? { onSpawn: o.onStarted } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
    });
  } catch (error) {
    await removeContainer(exec, o.engine, o.name);
    throw error;
  }
}

/** Removes paths as root when this user cannot. */
export type RootRemover = (paths: readonly string[]) => Promise<void>;

/**
 * Removes paths as root with a throwaway container of the (already pulled)
 * Image Customizer image: only root can delete what its root-run container wrote.
 */
export function rootRemover(exec: Exec, engine: ContainerEngine, image: string, log: (line: string) => void): RootRemover {
  return async (paths) => {
    for (const p of paths) {
      // Only the folder itself is mounted; its (user-owned) entry is removed by the caller afterwards.
      const result = await exec.run([
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
        '--',
        image,
        '-c',
        'rm -rf /w/* /w/.[!.]* /w/..?*',
      ]);
      if (result.exitCode !== 0) log(`Could not empty ${p} as root (exit code ${result.exitCode}): ${result.tail.slice(-2).join(' ')}`);
    }
  };
}

/** Removes the container if it still exists; never throws. */
export async function removeContainer(exec: Exec, engine: ContainerEngine, name: string): Promise<void> {
  await exec.run([engine, 'rm', '--force', name]).catch(() => undefined);
}
