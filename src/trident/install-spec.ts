// What a package spec in an install list asks tdnf for, as far as the action
// needs to know: which package (among the names it cares about) and whether
// the spec fixes its exact version-release. Image Customizer passes each
// entry to `tdnf install` unchanged (azure-linux-image-tools v0.18.0
// toolkit/tools/pkg/imagecustomizerlib/customizepackages.go), and tdnf
// resolves a spec with libsolv's selection_make (vmware/tdnf v3.5.8
// solv/tdnfquery.c: SELECTION_NAME | PROVIDES | GLOB | CANON | DOTARCH | REL):
//   name, name.arch           any version: the highest wins across repos
//   name-version[.arch]       any release of that version
//   name-version-release[.arch]  exactly that build (openSUSE/libsolv
//                             src/selection.c selection_canon: the split at the
//                             last '-' is tried first, then at the one before)
//   name=evr, name>=evr, ...  a relation (REL); `=` with a release is exact
//   globs (* ? [)             every matching name, each at its highest version
// Pure.

export type SpecPin =
  /** Nothing fixes the version: tdnf takes the highest across all repositories. */
  | { kind: 'any' }
  /** Exactly this version-release ([epoch:]version-release). */
  | { kind: 'exact'; evr: string }
  /** A version without a release, or a range: still open. */
  | { kind: 'partial'; evr: string };

export interface SpecTarget {
  name: string;
  pin: SpecPin;
}

/** Arches libsolv splits off a spec (the ones Azure Linux packages use). */
const ARCHES = new Set(['x86_64', 'aarch64', 'noarch', 'i686', 'src']);
const GLOB = /[*?[]/;
const RELATION = /^([^\s<>=]+)\s*(<=|>=|=|<|>)\s*(\S+)$/;

/** A glob as libsolv's fnmatch reads it, for names (no path rules). */
function globMatches(glob: string, name: string): boolean {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') pattern += '.*';
    else if (c === '?') pattern += '.';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) return false;
      pattern += `[${glob
        .slice(i + 1, close)
        .replace(/^!/, '^')
        .replace(/[\\\]]/g, '\\$&')}]`;
      i = close;
    } else pattern += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`).test(name);
}

function stripArch(spec: string): string {
  const dot = spec.lastIndexOf('.');
  return dot > 0 && ARCHES.has(spec.slice(dot + 1)) ? spec.slice(0, dot) : spec;
}

/**
 * The packages among `names` that `spec` selects, and how far it fixes their
 * version; empty when it selects none of them.
 */
export function specTargets(spec: string, names: ReadonlySet<string>): SpecTarget[] {
  const trimmed = spec.trim();
  if (names.has(trimmed)) return [{ name: trimmed, pin: { kind: 'any' } }];
  const relation = RELATION.exec(trimmed);
  if (relation) {
    const [, name = '', op = '', evr = ''] = relation;
    if (!names.has(name)) return [];
    return [{ name, pin: op === '=' && evr.includes('-') ? { kind: 'exact', evr } : { kind: 'partial', evr: `${op} ${evr}` } }];
  }
  if (GLOB.test(trimmed)) return [...names].filter((name) => globMatches(stripArch(trimmed), name)).map((name) => ({ name, pin: { kind: 'any' } }));
  const bare = stripArch(trimmed);
  if (names.has(bare)) return [{ name: bare, pin: { kind: 'any' } }];
  // CANON: name-version first, then name-version-release.
  const last = bare.lastIndexOf('-');
  if (last > 0) {
    const name = bare.slice(0, last);
    if (names.has(name)) return [{ name, pin: { kind: 'partial', evr: bare.slice(last + 1) } }];
    const previous = bare.lastIndexOf('-', last - 1);
    if (previous > 0) {
      const named = bare.slice(0, previous);
      if (names.has(named)) return [{ name: named, pin: { kind: 'exact', evr: bare.slice(previous + 1) } }];
    }
  }
  return [];
}

/** Whether an exact pin names this build; an epoch in either is compared only when both give one (libsolv's epoch promotion). */
export function sameBuild(pinned: string, build: { epoch?: number; version: string; release: string }): boolean {
  const colon = pinned.indexOf(':');
  const epoch = colon >= 0 ? Number(pinned.slice(0, colon)) : undefined;
  const vr = colon >= 0 ? pinned.slice(colon + 1) : pinned;
  if (vr !== `${build.version}-${build.release}`) return false;
  return epoch === undefined || epoch === (build.epoch ?? 0);
}
