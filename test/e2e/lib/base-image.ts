// Base images for the Image Customizer stand-in, shaped like Azure Linux 3.0
// minimal-os as far as Image Customizer and Trident care: a small "OS" whose
// /etc/yum.repos.d points at a package repository inside it that holds REAL
// RPMs (rpmbuild) of an Azure Linux-like package set, including a distro
// Trident family built from the same spec as Trident's own (lib/trident-spec.ts,
// Release N%{?dist} as microsoft/azurelinux SPECS/trident/trident.spec), the
// payloads of the packages the image has installed, an installed-package
// database, /etc/selinux/config and /boot/grub2/grub.cfg.
//
// Stand-in format: the virtual disk's bytes are a tar archive of that
// filesystem (the kernel here cannot read partition tables or vfat, so the
// real layout could not be read back anyway). The stand-in converts the
// image to raw with qemu-img, as Image Customizer does, then reads the tar.
// The installed-package database is /var/lib/rpm/standin-rpmdb.json (the
// real one is rpmdb.sqlite): one record per package with the header fields
// tdnf resolves with, written here from `rpm -qp` queries.
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exec, execToFile, makeTempDir, removeTempDir } from './proc.js';
import { tridentSpec, TRIDENT_UNITS } from './trident-spec.js';

export const DIST = '.azl3';
/** Where the image's package repository lives inside it, and its repo id. */
export const BASE_REPO_DIR = '/srv/repos/azurelinux-official-base';
export const BASE_REPO_ID = 'azurelinux-official-base';
export const RPMDB_PATH = '/var/lib/rpm/standin-rpmdb.json';

/** A package of the distro repository stand-in. Files map a path to its content or { link } target; mode 755 when executable. */
interface DistroPackage {
  name: string;
  version: string;
  release: string;
  arch?: 'noarch';
  provides?: string[];
  requires?: string[];
  files?: Record<string, string | { link: string } | { exec: string }>;
  summary: string;
}

/** A tool stand-in: says what it is, and does nothing else (exit 1) unless a behaviour is given. */
function tool(pkg: string, name: string, behaviour = ''): { exec: string } {
  return {
    exec: `#!/bin/sh
# ${name} from the ${pkg} RPM (trident-iso-action e2e stand-in): present, but not a working ${name}.
case "$1" in --version|-V|version) echo "${name} (${pkg} e2e stand-in)"; exit 0 ;; esac
${behaviour}echo "${name} (${pkg} e2e stand-in): '$*' is not modelled" >&2
exit 1
`,
  };
}

const REL = (n: number) => `${n}${DIST}`;

/** The Azure Linux 3.0-like package set (versions are plausible, not authoritative). */
function distroPackages(o: { selinuxMode: string; tdnfVersion: string; dracutRelease: number; selinuxPolicyRelease: number }): DistroPackage[] {
  return [
    { name: 'filesystem', version: '1.1', release: REL(21), summary: 'The basic directory layout' },
    { name: 'bash', version: '5.2.15', release: REL(3), provides: ['/bin/sh', '/bin/bash'], summary: 'The GNU Bourne Again shell' },
    {
      name: 'azurelinux-release',
      version: '3.0',
      release: REL(30),
      summary: 'Azure Linux release files',
      files: {
        '/etc/os-release':
          'NAME="Microsoft Azure Linux"\nVERSION="3.0.20260101"\nID=azurelinux\nVERSION_ID="3.0"\nPRETTY_NAME="Microsoft Azure Linux 3.0"\nANSI_COLOR="1;34"\nHOME_URL="https://aka.ms/azurelinux"\n',
        '/etc/azurelinux-release': 'Microsoft Azure Linux 3.0\n',
      },
    },
    { name: 'systemd', version: '255', release: REL(21), provides: ['systemd-repart = 255-21.azl3'], summary: 'System and service manager' },
    { name: 'systemd-udev', version: '255', release: REL(21), requires: ['systemd = 255-21.azl3'], summary: 'udev' },
    { name: 'util-linux', version: '2.40.2', release: REL(1), summary: 'util-linux', files: { '/usr/bin/eject': { link: 'busybox' } } },
    { name: 'e2fsprogs', version: '1.47.0', release: REL(2), summary: 'ext2/3/4 tools' },
    { name: 'dosfstools', version: '4.2', release: REL(4), summary: 'FAT tools' },
    {
      name: 'efibootmgr',
      version: '18',
      release: REL(1),
      summary: 'EFI boot manager',
      files: { '/usr/sbin/efibootmgr': tool('efibootmgr', 'efibootmgr') },
    },
    { name: 'efivar', version: '38', release: REL(3), summary: 'EFI variables' },
    { name: 'lsof', version: '4.98.0', release: REL(1), summary: 'lsof' },
    { name: 'openssl', version: '3.3.3', release: REL(1), summary: 'OpenSSL' },
    { name: 'shadow-utils', version: '4.14.3', release: REL(1), summary: 'shadow' },
    { name: 'tdnf', version: o.tdnfVersion.split('-')[0] ?? '3.5.8', release: `${o.tdnfVersion.split('-')[1] ?? '8'}${DIST}`, summary: 'tdnf' },
    { name: 'dracut', version: '102', release: REL(o.dracutRelease), summary: 'dracut' },
    { name: 'kernel', version: '6.6.96.1', release: REL(1), summary: 'The Linux kernel' },
    { name: 'grub2', version: '2.06', release: REL(25), provides: ['grub2-tools = 2.06-25.azl3'], summary: 'GRUB 2' },
    {
      name: 'grub2-tools-minimal',
      version: '2.06',
      release: REL(25),
      summary: 'GRUB 2 minimal tools',
      files: { '/usr/sbin/grub2-mkconfig': tool('grub2-tools-minimal', 'grub2-mkconfig') },
    },
    {
      name: 'selinux-policy',
      version: '2.20240226',
      release: REL(o.selinuxPolicyRelease),
      arch: 'noarch',
      provides: [`selinux-policy-targeted = 2.20240226-${o.selinuxPolicyRelease}.azl3`, 'selinux-policy-base'],
      summary: 'SELinux policy',
      files: { '/etc/selinux/config': `SELINUX=${o.selinuxMode}\nSELINUXTYPE=targeted\n` },
    },
    { name: 'libselinux-utils', version: '3.6', release: REL(1), summary: 'SELinux utilities' },
    { name: 'policycoreutils', version: '3.6', release: REL(1), summary: 'SELinux policy core utilities' },
    {
      name: 'policycoreutils-python-utils',
      version: '3.6',
      release: REL(1),
      arch: 'noarch',
      requires: ['audit'],
      summary: 'SELinux Python utilities',
    },
    { name: 'audit', version: '3.1.2', release: REL(1), summary: 'audit daemon' },
    { name: 'azurelinux-image-tools-osmodifier', version: '1.0.0', release: REL(1), summary: 'osmodifier' },
    {
      name: 'netplan',
      version: '1.1',
      release: REL(1),
      summary: 'netplan',
      files: {
        '/usr/sbin/netplan': tool(
          'netplan',
          'netplan',
          'if [ "$1" = apply ]; then echo "netplan (e2e stand-in): apply: the VM has no network to configure"; exit 0; fi\n',
        ),
      },
    },
    { name: 'mdadm', version: '4.3', release: REL(1), summary: 'mdadm', files: { '/usr/sbin/mdadm': tool('mdadm', 'mdadm') } },
    {
      name: 'cryptsetup',
      version: '2.7.5',
      release: REL(1),
      summary: 'cryptsetup',
      files: { '/usr/sbin/cryptsetup': tool('cryptsetup', 'cryptsetup') },
    },
    {
      name: 'veritysetup',
      version: '2.7.5',
      release: REL(1),
      summary: 'veritysetup (from the cryptsetup spec)',
      files: { '/usr/sbin/veritysetup': tool('veritysetup', 'veritysetup') },
    },
    {
      name: 'tpm2-tools',
      version: '5.7',
      release: REL(1),
      summary: 'TPM 2.0 tools',
      files: {
        '/usr/bin/tpm2_pcrread': tool(
          'tpm2-tools',
          'tpm2_pcrread',
          '[ -e /dev/tpmrm0 ] || { echo "ERROR:tcti:src/tss2-tcti/tcti-device.c:452:Tss2_Tcti_Device_Init() Failed to open specified TCTI device file /dev/tpmrm0: No such file or directory" >&2; exit 1; }\n',
        ),
      },
    },
    {
      name: 'ntfs-3g',
      version: '2022.10.3',
      release: REL(1),
      summary: 'NTFS driver',
      files: { '/usr/sbin/mount.ntfs': tool('ntfs-3g', 'mount.ntfs') },
    },
    {
      name: 'ntfsprogs',
      version: '2022.10.3',
      release: REL(1),
      summary: 'NTFS tools',
      files: { '/usr/sbin/mkfs.ntfs': tool('ntfsprogs', 'mkfs.ntfs') },
    },
    { name: 'xfsprogs', version: '6.5.0', release: REL(1), summary: 'XFS tools', files: { '/usr/sbin/mkfs.xfs': tool('xfsprogs', 'mkfs.xfs') } },
    {
      name: 'squashfs-tools',
      version: '4.6.1',
      release: REL(1),
      summary: 'squashfs tools',
      files: { '/usr/sbin/mksquashfs': tool('squashfs-tools', 'mksquashfs') },
    },
    { name: 'tar', version: '1.35', release: REL(1), summary: 'tar', files: { '/usr/bin/tar': { link: 'busybox' } } },
    {
      name: 'device-mapper',
      version: '1.02.199',
      release: REL(1),
      summary: 'device-mapper',
      files: { '/usr/sbin/dmsetup': tool('device-mapper', 'dmsetup') },
    },
    { name: 'curl', version: '8.11.1', release: REL(1), summary: 'curl', files: { '/usr/bin/curl': tool('curl', 'curl') } },
    { name: 'vim', version: '9.1.0791', release: REL(1), summary: 'vim', files: { '/usr/bin/vim': { link: 'busybox' } } },
    { name: 'jq', version: '1.7.1', release: REL(1), summary: 'jq' },
    { name: 'iproute', version: '6.7.0', release: REL(1), summary: 'iproute' },
    { name: 'iptables', version: '1.8.10', release: REL(1), summary: 'iptables' },
    { name: 'openssh-server', version: '9.8p1', release: REL(1), summary: 'OpenSSH server' },
    { name: 'dnf', version: '4.19.0', release: REL(1), arch: 'noarch', summary: 'dnf' },
    { name: 'nano', version: '8.1', release: REL(1), summary: 'nano' },
    { name: 'binutils', version: '2.41', release: REL(5), summary: 'binutils' },
    { name: 'pcaudiolib', version: '1.2', release: REL(1), summary: 'pcaudiolib' },
  ];
}

/** What minimal-os has installed (stand-in choice; the real list is not in these sources). */
export const MINIMAL_OS_INSTALLED = [
  'filesystem',
  'bash',
  'azurelinux-release',
  'systemd',
  'systemd-udev',
  'util-linux',
  'e2fsprogs',
  'openssl',
  'shadow-utils',
  'tdnf',
  'dracut',
  'kernel',
  'grub2',
  'grub2-tools-minimal',
  'selinux-policy',
  'libselinux-utils',
  'policycoreutils',
];

export interface BaseImageOptions {
  /** The distro Trident family in the image's repository: version and release number (Release: N%{?dist}); null: none. */
  distroTrident?: { version: string; release: number } | null;
  /** SELinux in the image: selinux-policy installed, /etc/selinux/config and the kernel arguments. Default enforcing. */
  selinuxMode?: 'enforcing' | 'permissive' | 'disabled';
  /** Installed packages (default MINIMAL_OS_INSTALLED; selinux-policy dropped when selinuxMode is disabled). */
  installed?: readonly string[];
  /** Packages left out of the repository (e.g. mdadm). */
  omit?: readonly string[];
  /** priority= of the image's repo file (none by default, as Azure Linux's repo files). */
  repoPriority?: number;
  /** The image's tdnf version-release (3.5.8-8 by default: repo priority works from 3.5.8). */
  tdnfVersion?: string;
  dracutRelease?: number;
  selinuxPolicyRelease?: number;
  /** Output format (qemu-img -O). Default vhdx. */
  format?: 'vhdx' | 'qcow2' | 'raw';
  /** The image's architecture (its packages'). Default x86_64. */
  arch?: 'x86_64' | 'aarch64';
}

export const DEFAULT_DISTRO_TRIDENT = { version: '0.26.0', release: 2 };

function specFor(pkgs: readonly DistroPackage[]): string {
  const lines = [
    '# Azure Linux package set stand-in (trident-iso-action e2e): one spec, one subpackage per distro package.',
    '%global debug_package %{nil}',
    '%global _build_id_links none',
    '%global __os_install_post %{nil}',
    '%global _binary_payload w6.gzdio',
    'Name: azurelinux-standin-set',
    'Version: 1',
    'Release: 1',
    'Summary: stand-in package set',
    'License: MIT',
    'AutoReqProv: no',
    '%description',
    'Stand-in.',
  ];
  const install: string[] = ['%install'];
  for (const p of pkgs) {
    lines.push('', `%package -n ${p.name}`, `Version: ${p.version}`, `Release: ${p.release}`, `Summary: ${p.summary} (e2e stand-in)`);
    if (p.arch) lines.push(`BuildArch: ${p.arch}`);
    for (const r of p.requires ?? []) lines.push(`Requires: ${r}`);
    for (const r of p.provides ?? []) lines.push(`Provides: ${r}`);
    lines.push(`%description -n ${p.name}`, `${p.summary} (e2e stand-in).`, `%files -n ${p.name}`);
    for (const [file, content] of Object.entries(p.files ?? {})) {
      lines.push(file);
      const target = `%{buildroot}${file}`;
      install.push(`mkdir -p "$(dirname "${target}")"`);
      if (typeof content === 'string') install.push(`printf '%s' '${Buffer.from(content).toString('base64')}' | base64 -d > "${target}"`);
      else if ('link' in content) install.push(`ln -s ${content.link} "${target}"`);
      else install.push(`printf '%s' '${Buffer.from(content.exec).toString('base64')}' | base64 -d > "${target}"`, `chmod 755 "${target}"`);
    }
  }
  return [...lines, '', ...install, ''].join('\n');
}

async function rpmbuild(spec: string, topdir: string, defines: Record<string, string>, arch: string): Promise<void> {
  await exec(
    [
      'rpmbuild',
      '-bb',
      '--quiet',
      '--target',
      arch,
      '--define',
      `_topdir ${topdir}`,
      ...Object.entries(defines).flatMap(([k, v]) => ['--define', `${k} ${v}`]),
      spec,
    ],
    { timeoutMs: 120_000 },
  );
}

/** Builds the distro repository's RPMs into outDir (flat). Returns the file names. */
export async function buildDistroRpms(outDir: string, tridentProgram: string, o: BaseImageOptions = {}): Promise<string[]> {
  const work = makeTempDir('e2e-distro-');
  try {
    const pkgs = distroPackages({
      selinuxMode: o.selinuxMode ?? 'enforcing',
      tdnfVersion: o.tdnfVersion ?? '3.5.8-8',
      dracutRelease: o.dracutRelease ?? 12,
      selinuxPolicyRelease: o.selinuxPolicyRelease ?? 10,
    }).filter((p) => !(o.omit ?? []).includes(p.name));
    const spec = path.join(work, 'set.spec');
    writeFileSync(spec, specFor(pkgs));
    const arch = o.arch ?? 'x86_64';
    await rpmbuild(spec, path.join(work, 'top'), {}, arch);
    const trident = o.distroTrident === undefined ? DEFAULT_DISTRO_TRIDENT : o.distroTrident;
    if (trident) {
      const src = path.join(work, 'src');
      mkdirSync(path.join(src, 'systemd'), { recursive: true });
      copyFileSync(tridentProgram, path.join(src, 'trident'));
      for (const [name, text] of Object.entries(TRIDENT_UNITS)) writeFileSync(path.join(src, 'systemd', name), text);
      const tspec = path.join(work, 'trident.spec');
      writeFileSync(tspec, tridentSpec({ version: trident.version, release: `${trident.release}%{?dist}`, distro: true }));
      await rpmbuild(tspec, path.join(work, 'top'), { _sourcedir: src, dist: DIST }, arch);
    }
    mkdirSync(outDir, { recursive: true });
    const names: string[] = [];
    for (const a of [arch, 'noarch']) {
      const dir = path.join(work, 'top', 'RPMS', a);
      let files: string[] = [];
      try {
        files = (await exec(['ls', dir])).stdout.split('\n').filter((f) => f.endsWith('.rpm'));
      } catch {
        files = [];
      }
      for (const f of files) {
        copyFileSync(path.join(dir, f), path.join(outDir, f));
        names.push(f);
      }
    }
    return names.sort();
  } finally {
    removeTempDir(work);
  }
}

/** One record of the stand-in rpmdb (also what the Image Customizer stand-in writes for what it installs). */
export interface RpmdbRecord {
  name: string;
  epoch: number;
  version: string;
  release: string;
  arch: string;
  repo: string;
  provides: { name: string; flags: number; version: string }[];
  requires: { name: string; flags: number; version: string }[];
  files: string[];
}

const QF = [
  '@@PKG\\t%{NAME}\\t%{EPOCHNUM}\\t%{VERSION}\\t%{RELEASE}\\t%{ARCH}\\n',
  '[P\\t%{PROVIDENAME}\\t%{PROVIDEFLAGS}\\t%{PROVIDEVERSION}\\n]',
  '[R\\t%{REQUIRENAME}\\t%{REQUIREFLAGS}\\t%{REQUIREVERSION}\\n]',
  '[F\\t%{FILENAMES}\\n]',
].join('');

/** rpmdb records of RPM files, read by rpm itself (an independent reader of the headers). */
export async function rpmdbRecords(files: readonly string[], repo: string): Promise<RpmdbRecord[]> {
  if (files.length === 0) return [];
  const out = (await exec(['rpm', '-qp', '--nosignature', '--qf', QF, ...files])).stdout;
  const records: RpmdbRecord[] = [];
  for (const line of out.split('\n')) {
    const f = line.split('\t');
    if (f[0] === '@@PKG') {
      records.push({ name: f[1]!, epoch: Number(f[2]), version: f[3]!, release: f[4]!, arch: f[5]!, repo, provides: [], requires: [], files: [] });
      continue;
    }
    const r = records.at(-1);
    if (!r) continue;
    if (f[0] === 'P') r.provides.push({ name: f[1]!, flags: Number(f[2]), version: f[3] ?? '' });
    else if (f[0] === 'R') r.requires.push({ name: f[1]!, flags: Number(f[2]), version: f[3] ?? '' });
    else if (f[0] === 'F' && f[1] && f[1] !== '(none)') r.files.push(f[1]);
  }
  return records;
}

const SKELETON = [
  'usr/bin',
  'usr/sbin',
  'usr/lib',
  'usr/lib64',
  'etc/yum.repos.d',
  'var/lib/rpm',
  'var/log',
  'var/tmp',
  'tmp',
  'root',
  'home',
  'mnt',
  'srv',
  'opt',
  'boot/grub2',
  'run',
  'proc',
  'sys',
  'dev',
  'media',
];

export interface BaseImage {
  file: string;
  /** The RPM file names in the image's repository. */
  repoRpms: string[];
  installed: string[];
}

/**
 * Builds a base image file (tar-in-a-disk-image, see above) at outFile.
 * tridentProgram: the bundled Trident stand-in (for the distro Trident RPMs).
 */
export async function buildBaseImage(outFile: string, tridentProgram: string, o: BaseImageOptions = {}): Promise<BaseImage> {
  const work = makeTempDir('e2e-baseimg-');
  try {
    const root = path.join(work, 'root');
    for (const d of SKELETON) mkdirSync(path.join(root, d), { recursive: true });
    for (const [link, target] of [
      ['bin', 'usr/bin'],
      ['sbin', 'usr/sbin'],
      ['lib', 'usr/lib'],
      ['lib64', 'usr/lib64'],
    ] as const)
      symlinkSync(target, path.join(root, link));
    const repoDir = path.join(root, BASE_REPO_DIR);
    const repoRpms = await buildDistroRpms(repoDir, tridentProgram, o);
    const selinuxMode = o.selinuxMode ?? 'enforcing';
    const installedNames = (o.installed ?? MINIMAL_OS_INSTALLED).filter((n) => !(selinuxMode === 'disabled' && n === 'selinux-policy'));
    const installedFiles = installedNames.map((n) => {
      const f = repoRpms.find((r) => r.startsWith(`${n}-`) && /^\d/.test(r.slice(n.length + 1)));
      if (!f) throw new Error(`base image: installed package ${n} is not in the repository`);
      return path.join(repoDir, f);
    });
    for (const rpm of installedFiles) {
      const cpio = path.join(work, 'payload.cpio');
      await execToFile(['rpm2cpio', rpm], cpio);
      await exec(['cpio', '-idmu', '--quiet', '--no-absolute-filenames', '-D', root, '-F', cpio]);
      rmSync(cpio);
    }
    writeFileSync(path.join(root, RPMDB_PATH), JSON.stringify(await rpmdbRecords(installedFiles, '@System'), null, 1) + '\n');
    writeFileSync(
      path.join(root, 'etc', 'yum.repos.d', `${BASE_REPO_ID}.repo`),
      [
        `[${BASE_REPO_ID}]`,
        'name=Azure Linux Official Base $releasever $basearch',
        `baseurl=file://${BASE_REPO_DIR}`,
        'gpgcheck=0',
        'enabled=1',
        ...(o.repoPriority !== undefined ? [`priority=${o.repoPriority}`] : []),
        '',
      ].join('\n'),
    );
    const selinuxArgs = selinuxMode === 'disabled' ? '' : ' security=selinux selinux=1';
    writeFileSync(
      path.join(root, 'boot', 'grub2', 'grub.cfg'),
      `set timeout=0\nsearch -n -u 00000000-0000-0000-0000-000000000000 -s\nmenuentry "Azure Linux" {\n  linux /boot/vmlinuz-6.6.96.1-1.azl3 root=PARTUUID=00000000-0000-0000-0000-000000000001 ro${selinuxArgs} rd.auto=1 net.ifnames=0 lockdown=integrity\n  initrd /boot/initramfs-6.6.96.1-1.azl3.img\n}\n`,
    );
    writeFileSync(path.join(root, 'etc', 'hostname'), 'localhost\n');
    writeFileSync(path.join(root, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
    writeFileSync(path.join(root, 'etc', 'group'), 'root:x:0:\n');

    const raw = path.join(work, 'disk.raw');
    await exec(['tar', '--numeric-owner', '--owner=0', '--group=0', '--sort=name', '--mtime=@1767225600', '-C', root, '-cf', raw, '.'], {
      timeoutMs: 120_000,
    });
    const size = statSync(raw).size;
    truncateSync(raw, Math.ceil((size + 1) / 1048576) * 1048576);
    const format = o.format ?? 'vhdx';
    rmSync(outFile, { force: true });
    if (format === 'raw') copyFileSync(raw, outFile);
    else await exec(['qemu-img', 'convert', '-q', '-f', 'raw', '-O', format, raw, outFile], { timeoutMs: 120_000 });
    return { file: outFile, repoRpms, installed: installedNames };
  } finally {
    removeTempDir(work);
  }
}

/** The stand-in rpmdb of a live rootfs or base image root. */
export function readRpmdb(root: string): RpmdbRecord[] {
  return JSON.parse(readFileSync(path.join(root, RPMDB_PATH), 'utf8')) as RpmdbRecord[];
}
