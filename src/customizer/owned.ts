// What extra-config may not do to the ISO the action builds, and what a
// user's own config may not name. The ISO carries exactly one host config,
// the one the action checked: so no other entry may write to a path the
// action owns (the host config, the journal drop-in, the /mnt/trident_cdrom
// link Trident reads the ISO media through, the COSI and the patchable
// placeholder on the media), in any form Image Customizer reads
// (os.additionalFiles and iso.additionalFiles, with content or a source;
// os.additionalDirs), nor to a folder of one (a file there makes the owned
// path impossible to write) nor below one (through the link, or under a file),
// nor, on the media, among Image Customizer's own boot files. Kernel arguments
// from extra-config get the check the kernel-command-line input gets. Pure.
import path from 'node:path';
import { KERNEL_ARG } from '../context/input-types.js';
import { isMapping } from '../context/mapping.js';
import { PLACEHOLDER_ISO_PATH } from '../iso/placeholder.js';
import { CDROM_LINK, CDROM_LINK_TARGET, HOST_CONFIG_DESTINATION, JOURNAL_TO_CONSOLE, PROCEDURE_SERVICES, fileReferences } from './config.js';
import { customizerMediaDir } from './media.js';

export interface OwnedProblem {
  /** JSON pointer into the config. */
  pointer: string;
  message: string;
}

/** A destination as Image Customizer writes it: `//etc/./trident/config.yaml/` is /etc/trident/config.yaml. */
function normalDestination(destination: string): string {
  const normal = path.posix.normalize(`/${destination}`);
  return normal.length > 1 ? normal.replace(/\/+$/, '') : normal;
}

/** The paths in the live OS (os) and on the ISO media (iso) that the action writes. */
export function ownedPaths(o: { cosiDestination?: string | undefined; patchable?: boolean } = {}): { os: string[]; iso: string[] } {
  return {
    os: [HOST_CONFIG_DESTINATION, JOURNAL_TO_CONSOLE.destination, CDROM_LINK],
    iso: [...(o.cosiDestination ? [normalDestination(o.cosiDestination)] : []), ...(o.patchable ? [PLACEHOLDER_ISO_PATH] : [])],
  };
}

/**
 * Where the live OS's systemd would read another definition of Trident's
 * units, and where another `trident` would be found first. trident-install.service
 * runs `trident install`, which reads /etc/trident/config.yaml (microsoft/trident
 * packaging/systemd/trident-install.service); the RPM puts the units in
 * /usr/lib/systemd/system (packaging/rpm/trident.spec, %{_unitdir}). systemd
 * (>= 255, which Trident requires) reads, before that folder, a unit of the
 * same name or drop-ins (`<unit>.d/`, the prefix `trident-.service.d/`, and
 * `service.d/` for every service) from the folders below (systemd.unit(5),
 * "Unit File Load Path"); /run is a tmpfs at boot, so the image's /run is
 * never read. A command without a path in ExecStart is looked up in
 * /usr/local/sbin, /usr/local/bin, /usr/sbin, /usr/bin (systemd.service(5),
 * "Command lines"). None of these may exist in the live OS (an empty folder is
 * fine); the package's own unit and /usr/bin/trident are Trident's.
 */
export function bootOverridePaths(): string[] {
  const early = ['/etc/systemd/system.control', '/etc/systemd/system', '/etc/systemd/system.attached', '/usr/local/lib/systemd/system'];
  const paths: string[] = [];
  for (const dir of early)
    paths.push(...PROCEDURE_SERVICES.flatMap((unit) => [`${dir}/${unit}`, `${dir}/${unit}.d`]), `${dir}/trident-.service.d`, `${dir}/service.d`);
  paths.push(...PROCEDURE_SERVICES.map((unit) => `/usr/lib/systemd/system/${unit}.d`), '/usr/lib/systemd/system/trident-.service.d');
  paths.push('/usr/local/sbin/trident', '/usr/local/bin/trident', '/usr/sbin/trident');
  return paths;
}

/** Live OS paths an overlay may not cover: what the action writes, the ISO's mount the link leads to, and where boot overrides would be. */
function overlayProtected(): string[] {
  return [HOST_CONFIG_DESTINATION, JOURNAL_TO_CONSOLE.destination, CDROM_LINK, CDROM_LINK_TARGET, ...bootOverridePaths()];
}

/** `p` is the folder `dir` or a path inside it (live OS and media paths, POSIX). */
function within(dir: string, p: string): boolean {
  return p === dir || p.startsWith(dir === '/' ? '/' : `${dir}/`);
}

/** `inner` is below `outer` (a path inside the folder `outer`, not the folder itself). */
function isBelow(outer: string, inner: string): boolean {
  return inner !== outer && within(outer, inner);
}

/**
 * extra-config entries that would, at boot, make Trident read another config
 * or hide what the action wrote: a file where systemd reads another definition
 * of Trident's units or another `trident` (bootOverridePaths), and an
 * os.overlays mount over any of those or over a path the action writes.
 */
export function bootOverrideProblems(extra: Record<string, unknown>): OwnedProblem[] {
  const problems: OwnedProblem[] = [];
  const overrides = bootOverridePaths();
  for (const key of ['additionalFiles', 'additionalDirs'] as const) {
    listAt(extra, 'os', key).forEach((entry, i) => {
      if (!isMapping(entry) || typeof entry.destination !== 'string') return;
      const destination = normalDestination(entry.destination);
      const hit = overrides.find((p) => within(p, destination));
      if (hit)
        problems.push({
          pointer: `/os/${key}/${i}/destination`,
          message: `writes ${destination}, where systemd or the live OS would find another definition of Trident's units or another trident (${hit}); the installer runs Trident's own units with the host config the action checked`,
        });
    });
  }
  listAt(extra, 'os', 'overlays').forEach((entry, i) => {
    if (!isMapping(entry) || typeof entry.mountPoint !== 'string') return;
    const mountPoint = normalDestination(entry.mountPoint);
    const covered = overlayProtected().filter((p) => within(mountPoint, p) || within(p, mountPoint));
    if (covered.length > 0)
      problems.push({
        pointer: `/os/overlays/${i}/mountPoint`,
        message: `mounts an overlay at ${mountPoint}, over ${covered.slice(0, 3).join(', ')}${covered.length > 3 ? ', …' : ''}: at boot it would hide what the action wrote or change which config Trident reads; mount it elsewhere`,
      });
  });
  return problems;
}

function listAt(config: Record<string, unknown>, section: string, key: string): unknown[] {
  const holder = config[section];
  if (!isMapping(holder)) return [];
  const list = holder[key];
  return Array.isArray(list) ? list : [];
}

/** Entries of extra-config that would write where the action writes, over a folder of it, or below it. */
export function ownedPathProblems(extra: Record<string, unknown>, owned: { os: string[]; iso: string[] }): OwnedProblem[] {
  const problems: OwnedProblem[] = [];
  for (const section of ['os', 'iso'] as const) {
    const mine = owned[section];
    for (const key of ['additionalFiles', 'additionalDirs'] as const) {
      listAt(extra, section, key).forEach((entry, i) => {
        if (!isMapping(entry) || typeof entry.destination !== 'string') return;
        const destination = normalDestination(entry.destination);
        const pointer = `/${section}/${key}/${i}/destination`;
        const media = section === 'iso' ? customizerMediaDir(destination) : undefined;
        const message = media
          ? `writes ${destination}, under ${media}, where Image Customizer puts the ISO's own boot files and live OS and copies additional files over them; choose another destination`
          : clash(key, destination, mine);
        if (message) problems.push({ pointer, message });
      });
    }
  }
  return problems;
}

/** Why writing `destination` (a file, or a folder copied) touches a path the action owns, or undefined. */
function clash(key: 'additionalFiles' | 'additionalDirs', destination: string, mine: readonly string[]): string | undefined {
  const same = mine.find((p) => p === destination);
  if (same && key === 'additionalFiles')
    return `writes ${destination}, which the action writes itself (${describe(destination)}); the ISO carries exactly one, the one the action checked`;
  const covered = mine.filter((p) => within(destination, p));
  if (covered.length > 0) {
    return key === 'additionalDirs'
      ? `copies a folder over ${destination}, which holds ${covered.join(', ')}, written by the action itself; give the files one by one elsewhere`
      : `writes a file at ${destination}, a folder of ${covered.join(', ')}, which the action writes itself (${describe(covered[0] ?? '')}); choose another destination`;
  }
  const over = mine.find((p) => isBelow(p, destination));
  if (over)
    return `writes ${destination}, below ${over}, which the action writes itself (${describe(over)}); what is there is the action's, choose another destination`;
  return undefined;
}

function describe(destination: string): string {
  if (destination === HOST_CONFIG_DESTINATION) return 'the host config Trident reads: give it as host-config';
  if (destination === JOURNAL_TO_CONSOLE.destination) return 'the journal on the console';
  if (destination === CDROM_LINK) return 'the link to the ISO media, through which Trident reads the COSI';
  if (destination === PLACEHOLDER_ISO_PATH) return "the host config's placeholder with patchable";
  return 'the COSI, from the cosi input';
}

/** extra-config's kernel arguments (os and iso extraCommandLine, a list or a string), each checked as kernel-command-line's words are. */
export function kernelArgumentProblems(extra: Record<string, unknown>): OwnedProblem[] {
  const problems: OwnedProblem[] = [];
  for (const section of ['os', 'iso'] as const) {
    const holder = extra[section];
    if (!isMapping(holder) || !isMapping(holder.kernelCommandLine)) continue;
    const pointer = `/${section}/kernelCommandLine/extraCommandLine`;
    const value = holder.kernelCommandLine.extraCommandLine;
    const items: [string, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [`${pointer}/${i}`, v])
      : value === undefined
        ? []
        : [[pointer, value]];
    for (const [at, item] of items) {
      if (typeof item !== 'string') continue; // the schema check says what type it must be
      const words = item.split(/\s+/).filter(Boolean);
      const bad = words.find((w) => !KERNEL_ARG.test(w));
      if (bad !== undefined)
        problems.push({ pointer: at, message: `holds '${bad}': kernel arguments may use letters, digits and _ . , : = / + @ % - only` });
      else if (Array.isArray(value) && words.length !== 1)
        problems.push({ pointer: at, message: `holds ${words.length} arguments in one entry; give one argument per list item` });
    }
  }
  return problems;
}

/** Every file a config names on the host (fileReferences), with the path as written. */
export function namedFiles(config: unknown): { pointer: string; file: string }[] {
  const out: { pointer: string; file: string }[] = [];
  for (const pointer of fileReferences(config)) {
    const value = valueAt(config, pointer);
    for (const file of Array.isArray(value) ? value : [value]) if (typeof file === 'string') out.push({ pointer, file });
  }
  return out;
}

/** Whether `file` (absolute) is `dir` or inside it. */
export function isInside(dir: string, file: string): boolean {
  return file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : `${dir}${path.sep}`);
}

function valueAt(value: unknown, pointer: string): unknown {
  let here = value;
  for (const segment of pointer.split('/').slice(1)) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    here = Array.isArray(here) ? here[Number(key)] : isMapping(here) ? here[key] : undefined;
  }
  return here;
}
