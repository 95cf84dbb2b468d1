// A build's first stages, which main.ts runs at once after the config: the
// Trident RPMs (and reading prebuilt ones, which validate-only does too), the
// base image and the Image Customizer image. They load beside the checks'
// stages (index.ts), and carry oras, the cache client and the engine's pulls,
// which validate-only does not load without prebuilt RPMs.
export { baseImage } from './base-image.js';
export { customizerImage } from './customizer-image.js';
export { askRpmCacheAhead, readGivenRpms, tridentRpms } from './rpms.js';
