// The stages past the parallel pieces (the container, the ISO's check and
// delivery, the VM, the upload, the summary) and patch mode's: validate-only
// never loads them, and a build loads them while make and the pulls run.
export { customize } from './customize.js';
export { checkAndDeliver, deliver, freeAfterCustomizer, freeSpace } from './deliver.js';
export { checkPatch, checkPatchHostConfig, checkPlaceholder, fetchIso, readPatchIso, writePatch } from './patch.js';
export { patchSummary, prepareUpload, publish, summary } from './publish.js';
export { verifyInVm } from './verify.js';
