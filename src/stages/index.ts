// Every stage, for main.ts to load at once when the inputs have read well: an
// input error needs none of them, and they (with the schema validators, the
// COSI and host config readers, the YAML writer) are most of the action's code.
export { baseImage } from './base-image.js';
export { check, checkForVerify } from './check.js';
export { writeConfig } from './config.js';
export { customize } from './customize.js';
export { customizerImage } from './customizer-image.js';
export { checkAndDeliver, deliver, freeAfterCustomizer, freeSpace } from './deliver.js';
export { checkPatch, checkPatchHostConfig, checkPlaceholder, fetchIso, readPatchIso, writePatch } from './patch.js';
export { plan, validateOnlySummary } from './plan.js';
export { patchSummary, prepareUpload, publish, summary } from './publish.js';
export { askRpmCacheAhead, readGivenRpms, tridentRpms } from './rpms.js';
export { verifyInVm } from './verify.js';
