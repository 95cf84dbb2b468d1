// What the global setup hands to the test files (vitest provide/inject).
import type { BootAssets } from './boot-assets.js';
import type { StandinVersion } from './imagecustomizer-image.js';

export interface E2EContext {
  /** Root of the suite's temporary directories (removed at teardown). */
  root: string;
  docker: { env: Record<string, string>; owned: boolean };
  podman: { env: Record<string, string> };
  registry: {
    /** The registry itself (the Image Customizer images live here). */
    host: string;
    /** The counting, 401-answering proxy that base-image references name. */
    proxyHost: string;
    statsUrl: string;
  };
  baseImage: {
    /** ref of the minimal-os-shaped artifact (an index: linux/amd64 + linux/arm64). */
    ref: string;
    /** The same artifact behind Basic auth (401 without credentials). */
    privateRef: string;
    /** A repository that does not exist (404). */
    missingRef: string;
    indexDigest: string;
    manifestDigests: Record<string, string>;
    /** SHA-256 (hex) of image.vhdx by platform. */
    vhdxSha256: Record<string, string>;
    /** version-release of the distro Trident in its package repository (lib/base-image.ts). */
    distroTrident: string;
  };
  /** url/sha256: the linux/amd64 release asset; arm64: the linux/arm64 one (the same stand-in script). */
  oras: { version: string; url: string; sha256: string; arm64: { url: string; sha256: string }; statsUrl: string; binary: string };
  /** The emulated arm64 runner: Node's arm64 build, run by qemu-aarch64 through binfmt_misc (lib/arm64.ts). */
  arm64: { node: string };
  imageCustomizer: { refs: Record<StandinVersion, string> };
  results: { url: string; blobEndpoint: string };
  trident: {
    /** A git repository: the Trident checkout stand-in. Clone it per scenario. */
    repo: string;
    commit: string;
    /** bin/trident-rpms.tar.gz built once from the checkout (the prebuilt variant). */
    prebuiltTarball: string;
  };
  /** The Trident stand-in program (/usr/bin/trident of the RPMs), for building more base images (lib/base-image.ts). */
  tridentProgram: string;
  /** The amd64 base image as a local VHDX, for base-image-file. */
  baseImageFile: string;
  /** Kernel, modules, busybox and GRUB for VMs and bootable COSIs (lib/boot-assets.ts). */
  boot: BootAssets;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext;
  }
}
