// os.packages.installLists, removeLists and updateLists: fields Image
// Customizer reads from YAML only (`json:"-"` in
// toolkit/tools/imagecustomizerapi/packages.go, v0.18.0 and v1.6.0 alike), so
// its schema.json lacks them although the tool accepts them. Each names files
// of the form `packages: [name, ...]`, decoded strictly (imagecustomizerapi/
// packagelist.go, utils.go: KnownFields), relative to the config's folder
// (internal/file/file.go GetAbsPathWithBase). The schema checks the config
// without them; this module checks them and reads their files.
import { realpathSync, statSync } from 'node:fs';
import { realpathIfAny } from '../context/lookup.js';
import path from 'node:path';
import { errorMessage } from '../context/errors.js';
import { readTextBounded } from '../context/limits.js';
import { isMapping, parseBoundedYaml } from '../context/yaml.js';
import type { ConfigProblem } from './schema.js';

export const PACKAGE_LIST_KEYS = ['installLists', 'removeLists', 'updateLists'] as const;
export type PackageListKey = (typeof PACKAGE_LIST_KEYS)[number];

export interface PackageListRef {
  key: PackageListKey;
  /** The path as the config writes it. */
  path: string;
  /** JSON pointer of the entry, e.g. /os/packages/installLists/0. */
  pointer: string;
}

export interface PackageListFile extends PackageListRef {
  /** Where it is on the host. */
  file: string;
  packages: string[];
}

/** The config without the YAML-only fields (for the schema), the lists they name, and what is malformed about them. Pure. */
export function splitPackageLists(config: Record<string, unknown>): {
  rest: Record<string, unknown>;
  refs: PackageListRef[];
  problems: ConfigProblem[];
} {
  const os = config.os;
  if (!isMapping(os) || !isMapping(os.packages)) return { rest: config, refs: [], problems: [] };
  const packages: Record<string, unknown> = { ...os.packages };
  const refs: PackageListRef[] = [];
  const problems: ConfigProblem[] = [];
  for (const key of PACKAGE_LIST_KEYS) {
    if (!(key in packages)) continue;
    const value = packages[key];
    delete packages[key];
    const at = `/os/packages/${key}`;
    if (value === null) continue;
    if (!Array.isArray(value)) {
      problems.push({ path: at, message: 'must be a list of file paths' });
      continue;
    }
    value.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') refs.push({ key, path: item, pointer: `${at}/${i}` });
      else problems.push({ path: `${at}/${i}`, message: 'must be a file path' });
    });
  }
  return { rest: { ...config, os: { ...os, packages } }, refs, problems };
}

/** The packages of a list file's text, or what is wrong with it (never its content: it may not be a list at all). Pure. */
export function parsePackageList(text: string): { packages: string[] } | { error: string } {
  let value: unknown;
  try {
    value = parseBoundedYaml(text);
  } catch (error) {
    return { error: `is not valid YAML (${errorMessage(error).split('\n')[0] ?? ''})` };
  }
  if (!isMapping(value)) return { error: 'must be a YAML mapping with one key, `packages:`, a list of package names' };
  const unknown = Object.keys(value).filter((k) => k !== 'packages');
  if (unknown.length > 0)
    return { error: `has unknown key ${unknown.map((k) => `'${k.slice(0, 40)}'`).join(', ')} (Image Customizer reads only \`packages:\`)` };
  const packages = value.packages ?? [];
  if (!Array.isArray(packages)) return { error: '`packages:` must be a list of package names' };
  const names: string[] = [];
  for (const item of packages) {
    if (typeof item !== 'string' && typeof item !== 'number') return { error: '`packages:` must list package names only' };
    names.push(String(item));
  }
  return { packages: names };
}

/**
 * Reads each list file. `base` is the folder relative paths start from, and
 * every file must lie inside it (for `config`, the one folder mounted into
 * the container). Returns the lists read and the problems found.
 */
export function readPackageLists(refs: readonly PackageListRef[], base: string): { lists: PackageListFile[]; problems: ConfigProblem[] } {
  const lists: PackageListFile[] = [];
  const problems: ConfigProblem[] = [];
  // Synchronous: each call takes microseconds, an async one a round trip to libuv's thread pool.
  const realBase = realpathSync(base);
  for (const ref of refs) {
    const file = path.resolve(base, ref.path);
    const at = (message: string) => problems.push({ path: ref.pointer, message: `'${ref.path}' ${message}` });
    const real = realpathIfAny(file);
    if (!real || !statSync(real).isFile()) {
      at(`does not exist or is not a file (relative paths start at ${base})`);
      continue;
    }
    if (real !== realBase && !real.startsWith(`${realBase}${path.sep}`)) {
      at(`is outside ${base}; only that folder is available to Image Customizer: move the list into it`);
      continue;
    }
    let text: string;
    try {
      text = readTextBounded(real, 'packageList');
    } catch (error) {
      at(errorMessage(error));
      continue;
    }
    const parsed = parsePackageList(text);
    if ('error' in parsed) at(parsed.error);
    else lists.push({ ...ref, file: real, packages: parsed.packages });
  }
  return { lists, problems };
}
