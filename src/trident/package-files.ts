// What the live OS must hold of the Trident packages it installs from the
// RPMs given: every file their headers list, as the header lists it (the
// check of the built ISO, src/iso/owned-check.ts, reads them from the ISO's
// bytes). A script of the config could otherwise rewrite the unit file the
// package installs (trident-install.service's ExecStart) or /usr/bin/trident
// itself, and no check of the paths the action writes would see it. Pure.
//
// What is checked of each entry (rpm lib/rpmfi.c, rpmfilesVerify, checks the
// same things of an installed file): a regular file's size and digest, a
// symbolic link's target, a directory's type. %ghost entries are skipped:
// the package does not carry them (trident-selinux's module store file is
// written by semodule in %post, microsoft/trident packaging/rpm/trident.spec).
// %config files are checked like any other: trident.spec marks none, its
// scriptlets only enable units (%systemd_post) and install the SELinux module
// (which writes the %ghost path), so no legitimate step of the build changes
// a file of these packages; should a later spec add a %config file that a
// build edits, the check names it rather than letting it pass unseen.
import { fileKind, RPMFILE, type RpmFileEntry } from './rpm-header.js';
import { describeRpm, type RpmFile } from './rpm-set.js';
import type { LiveOsEntry } from '../iso/owned-check.js';

/** PGPHASHALGO_SHA256 (include/rpm/rpmpgp.h): the only file digest the check compares. */
export const SHA256_ALGORITHM = 8;

/** The entries the live OS must hold for `rpms`, and why a package's files cannot be checked (one sentence each). */
export function packageFilesOnIso(rpms: readonly RpmFile[]): { entries: LiveOsEntry[]; problems: string[] } {
  const entries: LiveOsEntry[] = [];
  const problems: string[] = [];
  const directories = new Set<string>();
  for (const rpm of rpms) {
    const from = describeRpm(rpm);
    const checked = rpm.files.filter((f) => (f.flags & RPMFILE.GHOST) === 0);
    const regular = checked.filter((f) => fileKind(f) === 'file');
    // An absent FILEDIGESTALGO means MD5 (rpm lib/rpmfi.c); MD5 (and SHA-1) let a replacement be made to match.
    const algorithm = rpm.fileDigestAlgorithm ?? 1;
    if (regular.length > 0 && algorithm !== SHA256_ALGORITHM) {
      problems.push(
        `${from} lists its files' digests with algorithm ${algorithm} (${algorithm === 1 ? 'MD5' : 'not SHA-256'}); the action checks Trident's files in the built ISO against their SHA-256 digests, which rpmbuild writes by default (%_binary_filedigest_algorithm 8): rebuild it so.`,
      );
      continue;
    }
    for (const file of checked) {
      const entry = entryOf(file, from);
      if (typeof entry === 'string') problems.push(entry);
      else if (entry?.kind === 'directory') {
        if (!directories.has(entry.path)) entries.push(entry);
        directories.add(entry.path);
      } else if (entry) entries.push(entry);
    }
  }
  return { entries, problems };
}

/** What one listed file must be; a sentence when the header does not say enough; undefined for a type that is not checked (devices, FIFOs). */
function entryOf(file: RpmFileEntry, from: string): LiveOsEntry | string | undefined {
  const kind = fileKind(file);
  if (kind === 'file') {
    if (file.digest.length !== 64) return `${from} lists no SHA-256 digest for ${file.path}.`;
    return { kind: 'file', path: file.path, sha256: file.digest, size: file.size, from };
  }
  if (kind === 'link') {
    if (file.linkTo === '') return `${from} lists ${file.path} as a symbolic link with no target.`;
    return { kind: 'link', path: file.path, target: file.linkTo, from };
  }
  if (kind === 'directory') return { kind: 'directory', path: file.path, from };
  return undefined;
}
