// The Image Customizer config: the documented provisioning-ISO procedure's
// config (its step 3) built by a pure function from the inputs, and the deep
// merge of extra-config.
import type { SelinuxMode } from '../context/input-types.js';
import { isMapping } from '../context/mapping.js';
import { PLACEHOLDER_ISO_PATH } from '../iso/placeholder.js';

/** An os.additionalFiles or iso.additionalFiles entry: a file's source, or its content inline. */
export type AdditionalFile = { source: string; destination: string } | { content: string; destination: string };

/** The config's shape as far as the action writes it; the schema checks the rest. */
export interface CustomizerConfig {
  storage?: Record<string, unknown>;
  os?: {
    hostname?: string;
    bootloader?: { resetType: string };
    selinux?: { mode: SelinuxMode };
    kernelCommandLine?: { extraCommandLine: string[] };
    packages?: { install?: string[]; [key: string]: unknown };
    services?: { enable: string[] };
    additionalFiles?: AdditionalFile[];
    [key: string]: unknown;
  };
  scripts?: { postCustomization?: { content?: string; path?: string }[]; [key: string]: unknown };
  iso?: { additionalFiles?: AdditionalFile[]; [key: string]: unknown };
  [key: string]: unknown;
}

export interface ConfigParams {
  hostname: string;
  packages: readonly string[];
  services: readonly string[];
  kernelCommandLine: readonly string[];
  selinuxMode: SelinuxMode;
  /** Where the host config lies for Image Customizer (relative to the config's folder, or absolute in the container). */
  hostConfigSource?: string;
  /** The COSI's path for Image Customizer, and where it lands on the ISO. */
  cosi?: { source: string; destination: string };
  /**
   * patchable: the host config placeholder's path for Image Customizer. It
   * goes on the ISO media instead of the host config going into the live OS,
   * which links /etc/trident/config.yaml to it.
   */
  placeholderSource?: string;
}

/** The packages the procedure installs in the live OS. */
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
] as const;

export const PROCEDURE_SERVICES = ['trident-install.service', 'trident-network.service'] as const;

/** Trident reads its host configuration from here in the live OS. */
export const HOST_CONFIG_DESTINATION = '/etc/trident/config.yaml';

/**
 * A journald drop-in that forwards the journal to /dev/console. Run as
 * trident-install.service, Trident logs to the journal only
 * (microsoft/trident crates/trident/src/main.rs, setup_logging), so without
 * it nothing of Trident's progress or errors reaches a console. With the
 * default kernel command line (console=ttyS0 last) /dev/console is the
 * serial port: a serial console (and `verify`) sees what Trident does.
 */
export const JOURNAL_TO_CONSOLE: AdditionalFile = {
  content: [
    '# trident-iso-action: show the journal (Trident logs only there) on /dev/console,',
    '# the last console= of the kernel command line (the serial port by default).',
    '[Journal]',
    'ForwardToConsole=yes',
    'TTYPath=/dev/console',
    'MaxLevelConsole=info',
    '',
  ].join('\n'),
  destination: '/etc/systemd/journald.conf.d/50-trident-iso-console.conf',
};

/** The ISO is mounted at /run/initramfs/live; Trident's docs use /mnt/trident_cdrom, a link the config's script makes. */
export const CDROM_LINK = '/mnt/trident_cdrom';
export const CDROM_LINK_TARGET = '/run/initramfs/live';
const CDROM_LINK_SCRIPT = `# Use more intuitive path for the ISO mount\nln -s ${CDROM_LINK_TARGET} ${CDROM_LINK}\n`;

/**
 * patchable: Trident reads its host config from the placeholder on the ISO
 * media, through the link above, as Trident's own installer ISO does
 * (microsoft/trident tests/images/trident-installer/base/post-install.sh). It
 * runs after os.additionalFiles (Image Customizer's operation order), so no
 * additional file may take /etc/trident/config.yaml (the config stage refuses one).
 */
export const HOST_CONFIG_LINK_SCRIPT = [
  '# The host config is read from the ISO media (patchable), where it can be patched',
  'mkdir -p /etc/trident',
  `ln -s -T ${CDROM_LINK}${PLACEHOLDER_ISO_PATH} ${HOST_CONFIG_DESTINATION}`,
  '',
].join('\n');

/** The procedure's config, with the inputs' values. Pure. */
export function buildCustomizerConfig(p: ConfigParams): CustomizerConfig {
  const isoFiles: AdditionalFile[] = [
    ...(p.cosi ? [{ source: p.cosi.source, destination: p.cosi.destination }] : []),
    ...(p.placeholderSource ? [{ source: p.placeholderSource, destination: PLACEHOLDER_ISO_PATH }] : []),
  ];
  return {
    storage: {
      bootType: 'efi',
      disks: [
        {
          partitionTableType: 'gpt',
          maxSize: '4G',
          partitions: [
            { id: 'esp', type: 'esp', size: '8M' },
            { id: 'rootfs', size: 'grow' },
          ],
        },
      ],
      filesystems: [
        { deviceId: 'esp', type: 'fat32', mountPoint: { path: '/boot/efi', options: 'umask=0077' } },
        { deviceId: 'rootfs', type: 'ext4', mountPoint: { path: '/' } },
      ],
    },
    os: {
      hostname: p.hostname,
      bootloader: { resetType: 'hard-reset' },
      selinux: { mode: p.selinuxMode },
      kernelCommandLine: { extraCommandLine: [...p.kernelCommandLine] },
      packages: { install: union(PROCEDURE_PACKAGES, p.packages) },
      services: { enable: union(PROCEDURE_SERVICES, p.services) },
      additionalFiles: [
        ...(p.hostConfigSource && !p.placeholderSource ? [{ source: p.hostConfigSource, destination: HOST_CONFIG_DESTINATION }] : []),
        JOURNAL_TO_CONSOLE,
      ],
    },
    scripts: { postCustomization: [{ content: CDROM_LINK_SCRIPT }, ...(p.placeholderSource ? [{ content: HOST_CONFIG_LINK_SCRIPT }] : [])] },
    ...(isoFiles.length > 0 ? { iso: { additionalFiles: isoFiles } } : {}),
  };
}

/** Appends without duplicates, keeping the first list's order. */
function union<T>(first: readonly T[], second: readonly T[]): T[] {
  return [...new Set([...first, ...second])];
}

/**
 * Deep merge of `extra` over `base`: mappings merge key by key, lists append
 * the items not already present (compared by value), scalars replace. Pure.
 */
export function mergeConfig<T extends Record<string, unknown>>(base: T, extra: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    if (isMapping(current) && isMapping(value)) out[key] = mergeConfig(current, value);
    else if (Array.isArray(current) && Array.isArray(value)) out[key] = appendUnique(current, value);
    else out[key] = value;
  }
  return out as T;
}

function appendUnique(current: readonly unknown[], extra: readonly unknown[]): unknown[] {
  const seen = new Set(current.map((item) => JSON.stringify(item)));
  const out = [...current];
  for (const item of extra) {
    const key = JSON.stringify(item);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/** Keys whose string value names a file on the host, wherever they appear (Image Customizer 0.18 to 1.6). */
const FILE_KEYS = new Set(['source', 'sshPublicKeyPaths', 'selinuxPolicyPath']);
/** `path` names a file only under these top-level sections (elsewhere it is a mount point in the image). */
const PATH_SECTIONS = ['/scripts/', '/baseConfigs/', '/input/', '/output/'];

/**
 * The places where extra-config names a file on the host, as JSON pointers.
 * The generated config lives in a temporary folder and only the inputs are
 * mounted, so such a file would not be found by Image Customizer. Pure.
 */
export function fileReferences(value: unknown, pointer = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => fileReferences(item, `${pointer}/${i}`));
  if (!isMapping(value)) return [];
  // A password given as a file: { type: plain-text-file | hashed-file, value: <path> }.
  const passwordFile = typeof value.type === 'string' && value.type.endsWith('-file') && typeof value.value === 'string';
  return Object.entries(value).flatMap(([key, child]) => {
    const here = `${pointer}/${key}`;
    const names =
      (FILE_KEYS.has(key) && (typeof child === 'string' || Array.isArray(child))) ||
      (key === 'path' &&
        typeof child === 'string' &&
        PATH_SECTIONS.some((section) => pointer.startsWith(section) || `${pointer}/`.startsWith(section))) ||
      (key === 'value' && passwordFile);
    return names ? [here] : fileReferences(child, here);
  });
}

/**
 * The live OS's last console= argument: Image Customizer appends
 * iso.kernelCommandLine's arguments after the OS's own (liveosisogrub.go,
 * updateGrubCfgForLiveOS), and the last console= is /dev/console. Pure.
 */
export function lastConsole(config: CustomizerConfig): string | undefined {
  const words = (section: unknown): string[] => {
    if (!isMapping(section) || !isMapping(section.kernelCommandLine)) return [];
    const extra = section.kernelCommandLine.extraCommandLine;
    return Array.isArray(extra) ? extra.filter((w): w is string => typeof w === 'string') : typeof extra === 'string' ? extra.split(/\s+/) : [];
  };
  return [...words(config.os), ...words(config.iso)].filter((w) => w.startsWith('console=')).at(-1);
}
