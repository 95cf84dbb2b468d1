// Container engines for the suite: a real dockerd (an existing one when it
// answers and can run privileged containers, else our own with its own data
// root, exec root and socket) and podman with test-only configuration.
//
// The CAP_SYS_RESOURCE workaround lives here only: root on these machines
// lacks that capability, so runc refuses `--privileged` ("unable to apply
// caps"). Our dockerd gets a runtime wrapper that drops CAP_SYS_RESOURCE from
// the OCI spec before calling runc; podman gets default ulimits that it can
// apply without it. The action runs unmodified against both.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exec, makeTempDir, removeTempDir, startDaemon, waitFor, type Daemon } from './proc.js';

export interface DockerEngine {
  /** Environment entries that point the docker CLI at this engine. */
  env: Record<string, string>;
  /** True when the suite started this dockerd (and so stops it). */
  owned: boolean;
  stop(): Promise<void>;
}

const DROP_CAPS_JS = `'use strict';
// Drops CAP_SYS_RESOURCE from an OCI runtime spec (config.json), in place.
const fs = require('fs');
const file = process.argv[2];
const spec = JSON.parse(fs.readFileSync(file, 'utf8'));
const caps = spec.process && spec.process.capabilities;
if (caps) for (const k of Object.keys(caps)) if (Array.isArray(caps[k])) caps[k] = caps[k].filter((c) => c !== 'CAP_SYS_RESOURCE');
fs.writeFileSync(file, JSON.stringify(spec));
`;

function runtimeWrapper(dir: string, runc: string): string {
  const js = path.join(dir, 'drop-sys-resource.cjs');
  writeFileSync(js, DROP_CAPS_JS);
  const sh = path.join(dir, 'runc-no-sys-resource');
  writeFileSync(
    sh,
    `#!/bin/sh
# e2e test engine only: drop CAP_SYS_RESOURCE from the bundle's config.json, then exec runc.
bundle=""
prev=""
for a in "$@"; do
  case "$prev" in --bundle|-b) bundle="$a" ;; esac
  case "$a" in --bundle=*) bundle="\${a#--bundle=}" ;; esac
  prev="$a"
done
if [ -n "$bundle" ] && [ -f "$bundle/config.json" ]; then
  '${process.execPath}' '${js}' "$bundle/config.json" || exit 1
fi
exec '${runc}' "$@"
`,
  );
  chmodSync(sh, 0o755);
  return sh;
}

function which(cmd: string): string | undefined {
  for (const dir of ['/usr/sbin', '/usr/bin', '/sbin', '/bin', '/usr/local/sbin', '/usr/local/bin']) {
    const p = path.join(dir, cmd);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** Can this engine run a privileged container of `image`? */
export async function canRunPrivileged(env: Record<string, string>, image: string): Promise<{ ok: boolean; detail: string }> {
  const r = await exec(
    ['docker', 'run', '--rm', '--privileged', '--network', 'none', '--entrypoint', '/bin/sh', image, '-c', 'cat /proc/self/status | grep CapEff'],
    {
      env: { ...process.env, ...env },
      check: false,
      timeoutMs: 60_000,
    },
  );
  return { ok: r.code === 0, detail: r.stderr.trim() || r.stdout.trim() };
}

/** An existing dockerd that answers, else our own. */
export async function startDocker(options: { reuse: boolean }): Promise<DockerEngine> {
  if (options.reuse && !process.env.E2E_OWN_DOCKERD) {
    const probe = await exec(['docker', 'info', '--format', '{{.ServerVersion}}'], { check: false, timeoutMs: 10_000 });
    if (probe.code === 0 && probe.stdout.trim()) {
      const env: Record<string, string> = process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {};
      return { env, owned: false, stop: () => Promise.resolve() };
    }
  }
  const dockerd = which('dockerd');
  const runc = which('runc');
  if (!dockerd || !runc) throw new Error('dockerd/runc not found: run .ci/install-e2e-deps.sh');
  // Short path: unix socket paths are limited to 108 bytes.
  const dir = makeTempDir('e2e-dockerd-');
  const wrapper = runtimeWrapper(dir, runc);
  const sock = path.join(dir, 'docker.sock');
  mkdirSync(path.join(dir, 'data'));
  mkdirSync(path.join(dir, 'exec'));
  const ns = `e2e-${path.basename(dir)}`;
  const daemon: Daemon = startDaemon(
    'dockerd',
    [
      dockerd,
      '--data-root',
      path.join(dir, 'data'),
      '--exec-root',
      path.join(dir, 'exec'),
      '--pidfile',
      path.join(dir, 'docker.pid'),
      '--host',
      `unix://${sock}`,
      '--containerd-namespace',
      ns,
      '--containerd-plugins-namespace',
      `${ns}-plugins`,
      // No bridge: containers get only loopback, no traffic leaves them.
      '--bridge',
      'none',
      '--iptables=false',
      '--ip6tables=false',
      '--userland-proxy=false',
      '--log-level',
      'warn',
      '--add-runtime',
      `runc-no-sys-resource=${wrapper}`,
      '--default-runtime',
      'runc-no-sys-resource',
    ],
    path.join(dir, 'dockerd.log'),
  );
  const env = { DOCKER_HOST: `unix://${sock}` };
  try {
    await waitFor(
      'dockerd',
      async () =>
        (await exec(['docker', 'info', '--format', '{{.ServerVersion}}'], { env: { ...process.env, ...env }, check: false, timeoutMs: 5000 }))
          .code === 0,
      60_000,
      250,
    );
  } catch (e) {
    await daemon.stop();
    removeTempDir(dir);
    throw e;
  }
  return {
    env,
    owned: true,
    async stop() {
      // Containers the suite left (there should be none) go with the engine.
      await daemon.stop();
      removeTempDir(dir);
    },
  };
}

export interface PodmanEngine {
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Podman with its own storage and a containers.conf whose default ulimits let
 * `--privileged` work without CAP_SYS_RESOURCE (test environment only), no
 * network namespace with outside access, and the suite's registry as insecure.
 */
export function setUpPodman(insecureRegistries: string[]): PodmanEngine {
  const dir = makeTempDir('e2e-podman-');
  const conf = path.join(dir, 'containers.conf');
  writeFileSync(
    conf,
    `[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
netns = "none"
[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "${path.join(dir, 'events.log')}"
`,
  );
  const storage = path.join(dir, 'storage.conf');
  writeFileSync(storage, `[storage]\ndriver = "overlay"\ngraphroot = "${path.join(dir, 'graph')}"\nrunroot = "${path.join(dir, 'run')}"\n`);
  const registries = path.join(dir, 'registries.conf');
  writeFileSync(
    registries,
    `unqualified-search-registries = []\n` + insecureRegistries.map((r) => `[[registry]]\nlocation = "${r}"\ninsecure = true\n`).join(''),
  );
  const env = { CONTAINERS_CONF: conf, CONTAINERS_STORAGE_CONF: storage, CONTAINERS_REGISTRIES_CONF: registries };
  return {
    env,
    async stop() {
      await exec(['podman', 'rm', '--all', '--force'], { env: { ...process.env, ...env }, check: false, timeoutMs: 60_000 });
      // Unmount the overlay storage before removing it.
      await exec(['podman', 'system', 'reset', '--force'], { env: { ...process.env, ...env }, check: false, timeoutMs: 60_000 });
      removeTempDir(dir);
    },
  };
}

/**
 * The container events the engine recorded between two moments (Unix
 * seconds, fractions allowed), as `<action> <image>` lines: `docker events`
 * reads dockerd's own event log, so it sees every container any client
 * created, started or ran, however briefly.
 */
export async function containerEvents(env: Record<string, string>, since: number, until: number): Promise<string[]> {
  const r = await exec(
    [
      'docker',
      'events',
      '--since',
      since.toFixed(3),
      '--until',
      until.toFixed(3),
      '--filter',
      'type=container',
      '--format',
      '{{.Action}} {{.Actor.Attributes.image}}',
    ],
    { env: { ...process.env, ...env }, timeoutMs: 60_000 },
  );
  return r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
