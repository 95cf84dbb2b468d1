// The documented procedure for a Trident provisioning ISO, as stages:
// check inputs → (read prebuilt RPMs) → write the config → (RPMs ∥ base image
// ∥ Image Customizer image) → Image Customizer → check the ISO → (verify in a VM)
// → upload → summary. With patch-iso, the patch procedure instead: an ISO built
// with patchable gets another host config, and is delivered as a build's is.
// What surrounds it (outputs, failure summary, cancellation) is run/procedure.ts.
import { errorMessage } from './context/errors.js';
import { readContext, runContext, type CheckContext, type RunContext } from './context/run-context.js';
import { runProcedure, type Run } from './run/procedure.js';
import { createWorkDir, dropCredentials } from './run/workdir.js';
import type { Runtime } from './runtime.js';
import { baseImage } from './stages/base-image.js';
import { check, checkForVerify } from './stages/check.js';
import { writeConfig } from './stages/config.js';
import { customize } from './stages/customize.js';
import { customizerImage } from './stages/customizer-image.js';
import { deliver, freeSpace } from './stages/deliver.js';
import { checkPatch, checkPatchHostConfig, checkPlaceholder, fetchIso, readPatchIso, writePatch, type PatchOptions } from './stages/patch.js';
import { plan } from './stages/plan.js';
import { patchSummary, publish, summary, type Published } from './stages/publish.js';
import { readGivenRpms, tridentRpms } from './stages/rpms.js';
import { verifyInVm, type VerifyPlan } from './stages/verify.js';
import type { IsoInfo } from './tools/iso.js';
import type { VerifyReport } from './verify/report.js';

export function main(rt: Runtime): Promise<void> {
  return runProcedure(rt, procedure);
}

async function procedure(run: Run): Promise<void> {
  const { rt, stages, results } = run;
  // 1. Everything that can be wrong, before any long work.
  const start = readContext(rt, run.exec);
  if (start.inputs.patch) return patchProcedure(run, start, {});
  const checked = await stages.run('Check inputs', start, check);
  const ctx = await runContext(start, checked.parent, run);

  // 2. Prebuilt RPMs are read first (by their headers): the config pins their exact version-release.
  const given = ctx.inputs.rpms.kind === 'prebuilt' ? await stages.run('Read Trident RPMs', ctx, readGivenRpms) : undefined;

  // 3. The host config the ISO carries and the Image Customizer config.
  const config = await stages.run('Write Image Customizer config', ctx, writeConfig(checked, given));
  results.config = config;
  if (ctx.inputs.validateOnly) return stages.run('Plan (validate-only)', ctx, plan(config, given, checked.verify));

  // 4. The three independent pieces at once; a failure stops the others.
  const [rpms, base] = await stages.parallel(ctx, [
    ['Trident RPMs', tridentRpms(config, given)],
    ['Base image', baseImage],
    ['Image Customizer image', customizerImage],
  ] as const);
  Object.assign(results, { rpms, base });
  // Registry credentials are not needed past the pulls: remove them now, not at the end of the job.
  await dropCredentials(ctx.work);

  // 5. Image Customizer, privileged. The base image's cache save runs beside it; the ISO waits for both.
  await stages.run('Image Customizer', ctx, customize(config, base, rpms));
  await stages.settle();
  // patchable: the placeholder is on the media, holding the host config, before the ISO goes anywhere.
  if (config.placeholder) await stages.run('Check placeholder', ctx, checkPlaceholder(config));

  // 6. The ISO, checked before it goes anywhere; then the disk is freed for later steps.
  const iso = await stages.run('Check ISO', ctx, deliver);
  results.iso = iso;
  await freeSpace(ctx);

  // 7–8. With verify, the ISO in a VM; then the upload, and the report.
  const { published, verification } = await verifyAndUpload(run, ctx, iso, checked.verify);
  await rt.writeSummary(summary(ctx, { iso, base, rpms, published, ...(verification ? { verification } : {}) }, stages.records));
}

/**
 * With verify, the ISO in a VM (boot, install, first boot of the installed
 * disks); then the upload, with the serial log beside the ISO also when the
 * verification failed (whose failure is then what the step reports).
 */
async function verifyAndUpload(
  run: Run,
  ctx: RunContext,
  iso: IsoInfo,
  verify: VerifyPlan | undefined,
): Promise<{ published: Published; verification?: VerifyReport }> {
  const { rt, stages, results } = run;
  const verified = verify ? await verifyInVm(stages, ctx, verify, iso.path) : undefined;
  if (verified) results.verification = verified.report;
  const upload = stages.run('Upload artifact', ctx, publish(iso, verified?.report.serialLog));
  if (verified?.failure) {
    // A failed upload only adds a warning.
    const published = await upload.catch((error: unknown) => void rt.warning({ message: `The upload failed too: ${errorMessage(error)}` }));
    if (published) results.published = published;
    throw verified.failure;
  }
  results.published = await upload;
  return { published: results.published, ...(verified ? { verification: verified.report } : {}) };
}

/** Patch mode: the ISO's host config replaced (no build), then delivered as a build's ISO is: verify, upload, summary. */
async function patchProcedure(run: Run, start: CheckContext, o: PatchOptions): Promise<void> {
  const { rt, stages, results } = run;
  const checked = await stages.run('Check inputs', start, checkPatch(o));
  const ctx = await runContext(start, checked.parent, run);
  const given = ctx.inputs.rpms.kind === 'prebuilt' ? await stages.run('Read Trident RPMs', ctx, readGivenRpms) : undefined;
  if (given) results.rpms = given;

  // The ISO (downloaded when it is an artifact), its directory, placeholder and COSI; the host config checked against them.
  const patchIso = ctx.inputs.patch;
  const source = patchIso?.kind === 'file' ? { file: patchIso.path, owned: false } : await stages.run('Download ISO', ctx, fetchIso);
  const target = await stages.run('Read ISO', ctx, readPatchIso(source));
  try {
    const hostConfig = await stages.run('Check host config', ctx, checkPatchHostConfig(target, given));
    results.patched = { hostConfigPath: hostConfig.path };
    if (ctx.inputs.validateOnly) {
      rt.console.info(`validate-only: ${ctx.inputs.output} is not written. Without it the action would write the ISO with this host config.`);
      return;
    }
    results.iso = await stages.run('Patch ISO', ctx, writePatch(target, hostConfig, o));
  } finally {
    await target.iso.source.close();
  }
  const { iso } = results;
  const { published, verification } = await verifyAndUpload(run, ctx, iso, checked.verify);
  await rt.writeSummary(
    patchSummary(ctx, { iso, from: target, published, ...(given ? { rpms: given } : {}), ...(verification ? { verification } : {}) }, stages.records),
  );
}

/** `trident-iso patch`: patch mode with a terminal Runtime; with inPlace, the ISO given is the one written. */
export function patchOnly(rt: Runtime, o: PatchOptions): Promise<void> {
  return runProcedure(rt, (run) => {
    const start = readContext(rt, run.exec);
    if (!start.inputs.patch) throw new Error('trident-iso patch: no ISO given');
    return patchProcedure(run, start, o);
  });
}

/** `trident-iso verify`: an ISO built elsewhere, proven in the VM as the action proves its own (no build, no upload). */
export function verifyOnly(rt: Runtime, iso: string): Promise<void> {
  return runProcedure(rt, async (run) => {
    const { stages, results } = run;
    const checked = await stages.run('Check inputs', rt, checkForVerify(iso));
    const work = await createWorkDir(rt.tempDir);
    run.leftovers.track({ workDir: work.root });
    const verified = await verifyInVm(stages, { rt, exec: run.exec, work, leftovers: run.leftovers }, checked.plan, checked.iso.path);
    results.verification = verified.report;
    if (verified.failure) throw verified.failure;
  });
}
