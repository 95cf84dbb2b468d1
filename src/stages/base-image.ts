// The Azure Linux base image: pulled with oras, or a local file.
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { BASE_IMAGE_EXTENSIONS } from '../context/inputs.js';
import { sha256File } from '../tools/hash.js';
import { orasPull, orasResolve, pinnedRef, type OrasContext } from '../tools/oras.js';
import type { BaseImageSource, Platform } from '../context/input-types.js';

export interface BaseImage {
  /** The disk image file on the host. */
  file: string;
  /** The digest the reference resolved to (what to pin), or sha256 of a local file. */
  digest: string;
  /** A cache save still running: it need not hold up the build, only the end of the step. */
  cacheSave?: Promise<void>;
}

/** Picks the disk image among pulled files by its extension. Pure. */
export function pickDiskImage(files: readonly string[]): string | undefined {
  for (const ext of BASE_IMAGE_EXTENSIONS) {
    const hit = files.find((f) => f.toLowerCase().endsWith(ext));
    if (hit) return hit;
  }
  return undefined;
}

/** The base image is cached by its manifest digest (see cache.ts). */
export interface BaseImageCache {
  key(digest: string): string;
  restore(dir: string, key: string): Promise<boolean>;
  save(dir: string, key: string): Promise<void>;
}

export async function getBaseImage(
  source: BaseImageSource,
  platform: Platform,
  /** Where the image is pulled; with a cache, a path that is the same in every run. */
  pullDir: string,
  oras: () => Promise<OrasContext>,
  cache?: BaseImageCache,
): Promise<BaseImage> {
  if (source.kind === 'file') return { file: source.path, digest: `sha256:${await sha256File(source.path)}` };
  const ctx = await oras();
  const digest = await orasResolve(ctx, source.ref);
  ctx.onLine?.(`${source.ref} resolves to ${digest}`);
  await rm(pullDir, { recursive: true, force: true });
  await mkdir(pullDir, { recursive: true });
  const key = cache?.key(digest);
  let cacheSave: Promise<void> | undefined;
  if (cache && key && (await cache.restore(pullDir, key))) {
    ctx.onLine?.('Base image restored from the cache: nothing pulled.');
  } else {
    // By digest: what is pulled (and cached under that digest) is what was resolved, even if the tag moves meanwhile.
    await orasPull(ctx, pinnedRef(source.ref, digest), platform, pullDir, source.ref);
    if (cache && key) cacheSave = cache.save(pullDir, key);
  }
  const files = await readdir(pullDir);
  const image = pickDiskImage(files);
  if (!image) {
    throw new Error(
      `Input 'base-image': ${source.ref} holds no disk image (${BASE_IMAGE_EXTENSIONS.join(', ')}); it has ${files.join(', ') || 'no files'}.`,
    );
  }
  return { file: path.join(pullDir, image), digest, ...(cacheSave ? { cacheSave } : {}) };
}
