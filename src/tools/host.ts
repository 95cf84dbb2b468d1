// Pre-flight checks of the machine, before any long step: the container
// engine answers and is not rootless (Image Customizer needs a privileged
// container with loop devices), the disk has room, the kernel has the modules
// Image Customizer uses. Skipped with validate-only (no privileges needed).
import { access, readFile, statfs } from 'node:fs/promises';
import { release } from 'node:os';
import path from 'node:path';
import { run } from './exec.js';
import { humanSize } from '../run/report.js';
import type { ContainerEngine } from '../context/input-types.js';

const GiB = 1024 ** 3;

/**
 * Free space the build needs: the base image converted to raw (minimal-os is a
 * 4 GiB disk), a copy of its root filesystem, the ISO, and the COSI twice (the
 * ISO's staging folder and the ISO itself). Pure.
 */
export function requiredDiskBytes(cosiBytes: number): number {
  return 8 * GiB + 2 * cosiBytes;
}

export async function freeBytes(dir: string): Promise<number> {
  const s = await statfs(dir);
  return s.bavail * s.bsize;
}

/** Of the candidate folders that exist and are writable, the one with the most free space. */
export async function roomiest(candidates: readonly string[]): Promise<{ dir: string; free: number }> {
  let best: { dir: string; free: number } | undefined;
  for (const dir of candidates) {
    try {
      await access(dir, 2 /* W_OK */);
      const free = await freeBytes(dir);
      if (!best || free > best.free) best = { dir, free };
    } catch {
      // Not there or not writable: not a candidate.
    }
  }
  if (!best) throw new Error(`none of ${candidates.join(', ')} is a writable folder for the build`);
  return best;
}

export function diskProblem(dir: string, free: number, required: number): string | undefined {
  if (free >= required) return undefined;
  return `the build needs about ${humanSize(required)} free, but ${dir} has ${humanSize(free)}. Free some space (on hosted runners, remove preinstalled toolchains) or use a runner with a larger disk.`;
}

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

export async function checkEngine(engine: ContainerEngine): Promise<string | undefined> {
  let result;
  try {
    result = await run([engine, 'info', '--format', ENGINE_INFO_FORMAT[engine]], { captureStdout: true });
  } catch {
    return `${engine} is not installed (not found on PATH). Install it, or set container-engine to the engine you have.`;
  }
  // `docker` may be podman (the podman-docker shim), whose info has no such field: ask podman's question.
  if (engine === 'docker' && result.exitCode !== 0 && /template|can't evaluate field/i.test(result.tail.join('\n'))) {
    result = await run([engine, 'info', '--format', ENGINE_INFO_FORMAT.podman], { captureStdout: true });
    if (result.exitCode === 0) return engineInfoProblem('podman', result.stdout);
  }
  if (result.exitCode !== 0) {
    return `${engine} does not answer (\`${engine} info\` exited with ${result.exitCode}): ${result.tail.slice(-3).join(' ')}. Start it, or set container-engine.`;
  }
  return engineInfoProblem(engine, result.stdout);
}

/** Kernel modules the build uses that are neither loaded, built in, nor installed. */
export async function missingKernelModules(names: readonly string[], root = '/'): Promise<string[]> {
  const moduleDir = path.join(root, 'lib', 'modules', release());
  const [builtin, dep] = await Promise.all(['modules.builtin', 'modules.dep'].map((f) => readFile(path.join(moduleDir, f), 'utf8').catch(() => '')));
  const missing: string[] = [];
  for (const name of names) {
    const loaded = await access(path.join(root, 'sys', 'module', name)).then(
      () => true,
      () => false,
    );
    const known = new RegExp(`/${name}\\.ko`).test(`${builtin}\n${dep}`);
    if (!loaded && !known) missing.push(name);
  }
  return missing;
}

export const KERNEL_MODULES = ['loop', 'squashfs', 'vfat', 'ext4'] as const;
