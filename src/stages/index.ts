// The stages up to the parallel pieces (the checks, the Image Customizer config,
// the RPMs, the base image, the Image Customizer image), for main.ts to load at
// once when the inputs have read well: an input error needs none of them. They
// carry the schema validators, the COSI and host config readers and the YAML
// writer: what validate-only runs. The rest of a build's stages are in build.ts.
export { baseImage } from './base-image.js';
export { check, checkForVerify } from './check.js';
export { writeConfig } from './config.js';
export { customizerImage } from './customizer-image.js';
export { plan, validateOnlySummary } from './plan.js';
export { askRpmCacheAhead, readGivenRpms, tridentRpms } from './rpms.js';
