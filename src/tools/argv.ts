// The argv of oras's and the container engine's calls, apart from the code
// that runs them: pure, so validate-only prints exactly what a run starts
// without loading the oras install, the release table or the engine's
// process handling (docs/benchmarks.md).
import path from 'node:path';
import type { ContainerEngine } from '../context/input-types.js';
import { registryOf } from '../context/oci-ref.js';
import type { Platform } from '../context/platform.js';

/** The argv of each oras call; pure, so validate-only can print exactly what would run. */
export const orasArgv = {
  login: (bin: string, registry: string, username: string, registryConfig: string) => [
    bin,
    'login',
    registry,
    '--username',
    username,
    '--password-stdin',
    '--registry-config',
    registryConfig,
  ],
  /** The manifest's descriptor (HEAD only): digest and media type (oras v1.3.0 cmd/oras/root/manifest/fetch.go). */
  descriptor: (bin: string, ref: string, registryConfig: string) => [
    bin,
    'manifest',
    'fetch',
    '--descriptor',
    '--registry-config',
    registryConfig,
    // `--` ends the options (cobra, spf13/pflag flag.go): a reference is never read as one.
    '--',
    ref,
  ],
  /** With a platform only for an image index: on a single manifest oras fails (oras-go v2.6.0 internal/platform/platform.go SelectManifest). */
  pull: (bin: string, ref: string, platform: Platform | undefined, outDir: string, registryConfig: string) => [
    bin,
    'pull',
    ...(platform ? ['--platform', platform] : []),
    '--output',
    outDir,
    '--registry-config',
    registryConfig,
    '--',
    ref,
  ],
};

/** The private credential store: docker's config folder, podman's auth file. */
export function authFile(engine: ContainerEngine, dir: string): string {
  return path.join(dir, engine === 'docker' ? 'config.json' : 'auth.json');
}

/** The argv of the login and the pull; pure, so validate-only can print exactly what would run. */
export function pullArgv(o: { engine: ContainerEngine; image: string; platform: Platform; authDir?: string; username?: string }): {
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
    // `--` ends the options (docker and podman parse them with spf13/pflag): the image is never read as one.
    pull: [o.engine, ...before, 'pull', ...after, '--platform', o.platform, '--', o.image],
  };
}
