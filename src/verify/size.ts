// Sizes as Trident writes them (a partition's size; the verify-disk-size input).
// Apart from disks.ts, so that reading the inputs does not load the disk plan. Pure.

export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;

const SIZE = /^(\d+)\s*([KMGT]?)$/;
const SHIFT: Record<string, number> = { '': 1, K: KiB, M: MiB, G: GiB, T: 1024 * GiB };

/** A partition size as Trident reads it: `grow`, bytes, or a number with K, M, G or T (powers of 1024). */
export function parseSize(value: unknown): number | 'grow' | undefined {
  if (value === 'grow') return 'grow';
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  if (typeof value !== 'string') return undefined;
  const m = SIZE.exec(value.trim());
  if (!m) return undefined;
  const bytes = Number(m[1]) * (SHIFT[m[2] ?? ''] ?? 1);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}
