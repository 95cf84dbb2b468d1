// Runs the Image Customizer stand-in container directly (without the action)
// on a config shaped like the procedure's (Building-a-Provisioning-ISO: the
// packages, services, host config, /mnt/trident_cdrom link and COSI on the
// media), so the harness can prove what the stand-ins do with a given config.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { StandinVersion } from './imagecustomizer-image.js';
import { exec, type ExecResult } from './proc.js';
import { e2e } from './scenario.js';

export const PROCEDURE_PACKAGES = [
  'netplan',
  'trident-install-service',
  'trident-provisioning',
  'vim',
  'curl',
  'device-mapper',
  'squashfs-tools',
  'tar',
  'selinux-policy',
];

export interface StandinIsoOptions {
  /** A fresh directory for this build. */
  dir: string;
  baseImage: string;
  /** RPM files for one --rpm-source directory (none: no --rpm-source). */
  rpms?: string[];
  /** The Image Customizer config; `build` fills in the rest with configFor(). */
  config: Record<string, unknown>;
  /** Files next to the config (name → host file). */
  files?: Record<string, string>;
  version?: StandinVersion;
  logLevel?: string;
  extraArgs?: string[];
}

export interface StandinIsoResult extends ExecResult {
  iso: string;
  log: string;
}

/** The procedure's config with these choices. */
export function configFor(o: {
  hostConfigFile?: string;
  cosiFile?: string;
  packages?: string[];
  kernelArgs?: string[];
  journaldForwardTo?: string;
  selinux?: string;
  hostname?: string;
}): Record<string, unknown> {
  const additionalFiles: Record<string, string>[] = [];
  if (o.hostConfigFile) additionalFiles.push({ source: o.hostConfigFile, destination: '/etc/trident/config.yaml' });
  if (o.journaldForwardTo)
    additionalFiles.push({
      content: `[Journal]\nForwardToConsole=yes\nTTYPath=${o.journaldForwardTo}\n`,
      destination: '/etc/systemd/journald.conf.d/50-console.conf',
    });
  return {
    os: {
      hostname: o.hostname ?? 'installer-iso-mos',
      bootloader: { resetType: 'hard-reset' },
      selinux: { mode: o.selinux ?? 'enforcing' },
      kernelCommandLine: { extraCommandLine: o.kernelArgs ?? ['rd.info', 'console=tty0', 'console=ttyS0'] },
      packages: { install: o.packages ?? PROCEDURE_PACKAGES },
      services: { enable: ['trident-install.service', 'trident-network.service'] },
      ...(additionalFiles.length ? { additionalFiles } : {}),
    },
    scripts: { postCustomization: [{ content: 'ln -s /run/initramfs/live /mnt/trident_cdrom' }] },
    ...(o.cosiFile ? { iso: { additionalFiles: [{ source: o.cosiFile, destination: '/images/azure-linux.cosi' }] } } : {}),
  };
}

/** Runs the stand-in (docker, privileged, as the action runs it) and returns its exit, log and the ISO path. */
export async function buildStandinIso(o: StandinIsoOptions): Promise<StandinIsoResult> {
  const c = e2e();
  const configDir = path.join(o.dir, 'config');
  const base = path.join(o.dir, 'base');
  const rpms = path.join(o.dir, 'rpms');
  const out = path.join(o.dir, 'out');
  for (const d of [configDir, base, out]) mkdirSync(d, { recursive: true });
  for (const [name, file] of Object.entries(o.files ?? {})) copyFileSync(file, path.join(configDir, name));
  writeFileSync(path.join(configDir, 'ic.yaml'), YAML.stringify(o.config));
  copyFileSync(o.baseImage, path.join(base, 'image.vhdx'));
  if (o.rpms) {
    mkdirSync(rpms, { recursive: true });
    for (const f of o.rpms) copyFileSync(f, path.join(rpms, path.basename(f)));
  }
  const env = { ...process.env, ...c.docker.env };
  const r = await exec(
    [
      'docker',
      'run',
      '--rm',
      '--privileged',
      '--network',
      'none',
      // Up to 1.4 the container needs the host's /dev; from 1.5 its entry point mounts devtmpfs itself.
      ...((o.version ?? '0.18.0') === '1.6.0' ? [] : ['-v', '/dev:/dev']),
      '-v',
      `${configDir}:/config:ro`,
      '-v',
      `${base}:/inputs/base:ro`,
      ...(o.rpms ? ['-v', `${rpms}:/rpms`] : []),
      '-v',
      `${out}:/output`,
      c.imageCustomizer.refs[o.version ?? '0.18.0'],
      '--log-level',
      o.logLevel ?? 'debug',
      '--build-dir',
      '/build',
      '--image-file',
      '/inputs/base/image.vhdx',
      '--config-file',
      '/config/ic.yaml',
      ...(o.rpms ? ['--rpm-source', '/rpms'] : []),
      '--output-image-file',
      '/output/installer.iso',
      '--output-image-format',
      'iso',
      ...(o.extraArgs ?? []),
    ],
    { env, check: false, timeoutMs: 300_000 },
  );
  return { ...r, iso: path.join(out, 'installer.iso'), log: `${r.stdout}${r.stderr}` };
}

/** The RPM files of a bin/RPMS tree (x86_64 and noarch, flat). */
export function rpmFiles(rpmsDir: string): string[] {
  const out: string[] = [];
  for (const sub of readdirSync(rpmsDir))
    for (const f of readdirSync(path.join(rpmsDir, sub))) if (f.endsWith('.rpm')) out.push(path.join(rpmsDir, sub, f));
  return out.sort();
}
