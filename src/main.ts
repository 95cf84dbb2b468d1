// The documented procedure for a Trident provisioning ISO, as stages:
// check inputs → (read prebuilt RPMs) → write the config → (RPMs ∥ base image
// ∥ Image Customizer image) → Image Customizer → check the ISO → (verify in a VM)
// → upload → summary. With patch-iso, the patch procedure instead: an ISO built
// with patchable gets another host config, and is delivered as a build's is.
// What surrounds it (outputs, failure summary, cancellation) is run/procedure.ts.
import { errorMessage } from './context/errors.js';
import { readContext, runContext, type CheckContext, type RunContext } from './context/run-context.js';
import { runProcedure, type Run } from './run/procedure.js';
import { after, keeping } from './run/stages.js';
import { createWorkDir, dropCredentials } from './run/workdir.js';
import type { Runtime } from './runtime.js';
import type { PatchOptions } from './stages/patch.js';
import type { Published } from './stages/publish.js';
import type { VerifyOutcome } from './stages/verify.js';
import type { VerifyPlan } from './stages/verify-plan.js';
import type { IsoInfo } from './tools/iso.js';

export function main(rt: Runtime): Promise<void> {
  return runProcedure(rt, procedure);
}

async function procedure(run: Run): Promise<void> {
  const { rt, stages, results } = run;
  // 1. Everything that can be wrong, before any long work. The stages load once the inputs read well.
  const start = readContext(rt, run.exec);
  if (start.inputs.patch) return patchProcedure(run, start, {});
  // The checks' processes that only look start first, from a chunk of their own: they run while the stages' code
  // loads. validate-only has none (it needs no engine and builds nothing), and does not load that chunk.
  const probes = start.inputs.validateOnly ? undefined : (await import('./stages/probes.js')).startProbes(start);
  // The build's first stages (the RPMs, the base image, the Image Customizer image) load beside the checks'.
  // validate-only needs them only to read prebuilt RPMs: their code (oras, the cache, the engine) is not its to load.
  const fetchStages = once(() => import('./stages/fetch.js'));
  if (!start.inputs.validateOnly || start.inputs.rpms.kind === 'prebuilt') fetchStages().catch(() => undefined);
  const { check, plan, validateOnlySummary, writeConfig } = await import('./stages/index.js');
  const checked = await stages.run('Check inputs', start, check(probes));
  const ctx = runContext(start, checked.parent, run);

  // 2. Prebuilt RPMs are read first (by their headers): the config pins their exact version-release.
  const given = ctx.inputs.rpms.kind === 'prebuilt' ? await stages.run('Read Trident RPMs', ctx, (await fetchStages()).readGivenRpms) : undefined;

  // 3. The host config the ISO carries and the Image Customizer config; meanwhile the cache is asked whether it
  //    holds the RPMs of trident-source's commit (no download), so that on a miss make starts with its stage.
  const rpmCacheAnswer = ctx.inputs.validateOnly ? undefined : (await fetchStages()).askRpmCacheAhead(ctx);
  const config = await stages.run('Write Image Customizer config', ctx, writeConfig(checked, given));
  results.config = config;
  if (ctx.inputs.validateOnly) {
    const planned = await stages.run('Plan (validate-only)', ctx, plan(config, given, checked.verify));
    return rt.writeSummary(validateOnlySummary(stages, planned));
  }

  // 4. The three independent pieces at once; a failure stops the others. Each result is kept as it
  //    comes: when another fails, the outputs still name it.
  //    The base image's first step loads the tool cache's client (tens of ms of this thread's time): it
  //    waits for the RPM cache's answer (1 s at most), on which make starts at once, so that make does not wait for it.
  //    The rest of the build's stages load meanwhile (validate-only never needs them), once make has started: their
  //    code compiles on this thread while the tools run.
  const building = buildStages(rpmCacheAnswer);
  const { baseImage, customizerImage, tridentRpms } = await fetchStages();
  const [rpms, base] = await stages.parallel(ctx, [
    ['Trident RPMs', keeping(tridentRpms(config, given, rpmCacheAnswer), (r) => (results.rpms = r))],
    ['Base image', keeping(after(rpmCacheAnswer, 1000, baseImage), (b) => (results.base = b))],
    ['Image Customizer image', customizerImage],
  ] as const);
  // Registry credentials are not needed past the pulls: remove them now, not at the end of the job.
  await dropCredentials(ctx.work);
  const { checkAndDeliver, checkPlaceholder, customize, freeAfterCustomizer, freeSpace, prepareUpload, summary } = await building;

  // 5. Image Customizer, privileged. Once its container has started, the cache saves run beside
  //    it and the upload's client loads (compiling it on this thread before then held the container's
  //    start back). What it leaves that nothing reads any more is freed as soon as it ends, beside the ISO's check.
  const customizing = stages.run(
    'Image Customizer',
    ctx,
    customize(config, base, rpms, () => prepareUpload(ctx)),
  );
  await customizing;
  stages.background('Free the build folders', freeAfterCustomizer(ctx));
  // patchable: the placeholder is on the media, holding the host config, before the ISO goes anywhere.
  if (config.placeholder) await stages.run('Check placeholder', ctx, checkPlaceholder(config));

  // 6. The ISO, checked before it goes anywhere: from its bytes, it holds what the action wrote.
  const iso = await stages.run('Check ISO', ctx, checkAndDeliver(config));
  results.iso = iso;

  // 7. With verify: the ISO in a VM (boot, install, first boot of the installed disks). The VM's
  //    disks need the room: the background work ends and the disk is freed before it starts.
  const freeDisk = async (): Promise<void> => {
    await stages.settle();
    await freeSpace(ctx);
  };
  if (checked.verify) await freeDisk();
  // 8. Upload (the serial log beside the ISO, also when the verification failed). Meanwhile the background work
  //    ends and the rest of the disk is freed for later steps: the upload reads only the ISO at `output` and the
  //    serial log beside it, neither in the work folder. Then the report (the background stages are in it).
  const [uploaded, disk] = await Promise.allSettled([verifyAndUpload(run, ctx, checked.verify, iso), checked.verify ? undefined : freeDisk()]);
  if (uploaded.status === 'rejected') throw uploaded.reason;
  if (disk.status === 'rejected') throw disk.reason;
  const { verified, published } = uploaded.value;
  await rt.writeSummary(summary(ctx, { iso, base, rpms, published, ...(verified ? { verification: verified.report } : {}) }, stages.records));
}

/** The promise `load` makes, made on the first call only. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}

/** The build's stages (a chunk of their own), loaded once `first` has settled; a load that fails is reported where they are awaited. */
function buildStages(first?: Promise<unknown>): Promise<typeof import('./stages/build.js')> {
  const loading = Promise.resolve(first)
    .catch(() => undefined)
    .then(() => import('./stages/build.js'));
  // Handled here too: a run whose parallel stages fail never awaits it.
  loading.catch(() => undefined);
  return loading;
}

/** Patch mode: the ISO's host config replaced (no build), then delivered as a build's ISO is: verify, upload, summary. */
async function patchProcedure(run: Run, start: CheckContext, o: PatchOptions): Promise<void> {
  const { rt, stages, results } = run;
  const [{ readGivenRpms }, { checkPatch, checkPatchHostConfig, fetchIso, patchSummary, readPatchIso, writePatch }] = await Promise.all([
    import('./stages/fetch.js'),
    buildStages(),
  ]);
  const checked = await stages.run('Check inputs', start, checkPatch(o));
  const ctx = runContext(start, checked.parent, run);
  const given = ctx.inputs.rpms.kind === 'prebuilt' ? await stages.run('Read Trident RPMs', ctx, readGivenRpms) : undefined;
  if (given) results.rpms = given;

  // The ISO (downloaded when it is an artifact), its directory, placeholder and COSI; the host config checked against them.
  const patchIso = ctx.inputs.patch;
  const source = patchIso?.kind === 'file' ? { file: patchIso.path, owned: false } : await stages.run('Download ISO', ctx, fetchIso);
  const target = await stages.run('Read ISO', ctx, readPatchIso(source));
  let iso;
  try {
    const hostConfig = await stages.run('Check host config', ctx, checkPatchHostConfig(target, given));
    results.patched = { hostConfigPath: hostConfig.path };
    if (ctx.inputs.validateOnly) {
      rt.console.info(`validate-only: ${ctx.inputs.output} is not written. Without it the action would write the ISO with this host config.`);
      return;
    }
    iso = await stages.run('Patch ISO', ctx, writePatch(target, hostConfig, o));
    results.iso = iso;
  } finally {
    await target.iso.source.close();
  }

  // With verify, the ISO in a VM; then the upload (the serial log beside it, also when the verification failed), and the report.
  const { verified, published } = await verifyAndUpload(run, ctx, checked.verify, iso);
  await stages.settle();
  await rt.writeSummary(
    patchSummary(
      ctx,
      { iso, from: target, published, ...(given ? { rpms: given } : {}), ...(verified ? { verification: verified.report } : {}) },
      stages.records,
    ),
  );
}

/**
 * The ISO proven in the VM when verify asks for it, then uploaded with the serial log beside it (also when
 * the verification failed). The verification's failure is what the step reports; a failed upload beside
 * it only adds a warning.
 */
async function verifyAndUpload(
  run: Run,
  ctx: RunContext,
  plan: VerifyPlan | undefined,
  iso: IsoInfo,
): Promise<{ verified: VerifyOutcome | undefined; published: Published }> {
  const { rt, stages, results } = run;
  const { publish, verifyInVm } = await buildStages();
  const verified = plan ? await verifyInVm(stages, ctx, plan, iso.path) : undefined;
  if (verified) results.verification = verified.report;
  const upload = stages.run('Upload artifact', ctx, publish(iso, verified?.report.serialLog));
  if (verified?.failure) {
    const published = await upload.catch((error: unknown) => void rt.warning({ message: `The upload failed too: ${errorMessage(error)}` }));
    if (published) results.published = published;
    throw verified.failure;
  }
  const published = await upload;
  results.published = published;
  return { verified, published };
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
    const [{ checkForVerify }, { verifyInVm }] = await Promise.all([import('./stages/verify-check.js'), buildStages()]);
    const checked = await stages.run('Check inputs', rt, checkForVerify(iso));
    const work = createWorkDir(rt.tempDir, (root) => run.leftovers.track({ workDir: root }));
    const verified = await verifyInVm(stages, { rt, exec: run.exec, work, leftovers: run.leftovers }, checked.plan, checked.iso.path);
    results.verification = verified.report;
    if (verified.failure) throw verified.failure;
  });
}
