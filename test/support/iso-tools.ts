// Real ISO 9660 images for the tests, made by the real writers: cdrkit's
// mkisofs (genisoimage, what Image Customizer runs:
// microsoft/azure-linux-image-tools toolkit/tools/internal/isogenerator/isogenerator.go)
// and xorriso's mkisofs emulation (the e2e Image Customizer stand-in's), with
// Image Customizer's flags; and read back with the real readers (isoinfo,
// xorriso -osirrox).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type IsoWriter = 'genisoimage' | 'xorriso';

/** Image Customizer's mkisofs flags (isogenerator.go), without the El Torito boot image. */
export const IC_FLAGS = ['-R', '-l', '-D', '-J', '-joliet-long', '-V', 'CDROM'];

/** Writes an ISO of these files ("/a/b" → content) with the writer and flags; returns its path. */
export function makeIso(output: string, files: Record<string, Buffer | string>, o: { writer?: IsoWriter; flags?: string[] } = {}): string {
  const staging = mkdtempSync(path.join(tmpdir(), 'iso-staging-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      const target = path.join(staging, name.replace(/^\/+/, ''));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    const flags = o.flags ?? IC_FLAGS;
    const writer = o.writer ?? 'xorriso';
    const argv = writer === 'xorriso' ? ['-as', 'mkisofs', ...flags, '-o', output, staging] : [...flags, '-quiet', '-o', output, staging];
    execFileSync(writer === 'xorriso' ? 'xorriso' : 'genisoimage', argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    return output;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** One file read back with xorriso -osirrox (Rock Ridge names). */
export function extractWithXorriso(iso: string, file: string): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'iso-extract-'));
  try {
    const out = path.join(dir, 'file');
    execFileSync('xorriso', ['-osirrox', 'on', '-indev', iso, '-extract', file, out], { stdio: ['ignore', 'ignore', 'pipe'] });
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One file read back with isoinfo (cdrkit), by its Rock Ridge name. */
export function extractWithIsoinfo(iso: string, file: string): Buffer {
  return execFileSync('isoinfo', ['-R', '-i', iso, '-x', file], { maxBuffer: 1024 * 1024 * 1024 });
}

/** Every file isoinfo lists (Rock Ridge names), "/a/b". */
export function listWithIsoinfo(iso: string): string[] {
  const out = execFileSync('isoinfo', ['-R', '-f', '-i', iso], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean).sort();
}

/** Whether a program is on PATH. */
export function have(program: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
