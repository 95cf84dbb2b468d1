// Types of rpmbuild.cjs (real RPMs for the tests, built with rpmbuild).
export interface TridentRpmOptions {
  version?: string;
  release?: string;
  epoch?: number;
  arch?: string;
  packages?: readonly string[];
  selinuxRule?: boolean;
  /** The payload uncompressed (rpm's w.ufdio), to craft its cpio archive. */
  uncompressedPayload?: boolean;
  /** rpm's %_binary_filedigest_algorithm (PGPHASHALGO_*: 1 MD5, 8 SHA-256, the default). */
  fileDigestAlgorithm?: number;
}
export const TRIDENT_PACKAGES: readonly string[];
/** Builds into `${dir}/RPMS/<arch>/`; returns every .rpm under dir, sorted. */
export function buildTridentRpms(dir: string, options?: TridentRpmOptions): string[];
/** A source RPM of the same spec in dir; returns its path. */
export function buildSourceRpm(dir: string, options?: TridentRpmOptions): string | undefined;
/** buildTridentRpms once per options in this process (read-only: copy what you need). */
export function cachedTridentRpms(options?: TridentRpmOptions): string[];
