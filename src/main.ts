// The documented procedure for a Trident provisioning ISO, as stages:
// check inputs → write the config → (RPMs ∥ base image ∥ Image Customizer image)
// → Image Customizer → check the ISO → upload → summary.
// What surrounds it (outputs, failure summary, cancellation) is run/procedure.ts.
import { readContext, runContext } from './context/run-context.js';
import { runProcedure, type Run } from './run/procedure.js';
import { dropCredentials } from './run/workdir.js';
import type { Runtime } from './runtime.js';

export function main(rt: Runtime): Promise<void> {
  return runProcedure(rt, procedure);
}

async function procedure(run: Run): Promise<void> {
  const { rt, stages, results } = run;
  // 1. Everything that can be wrong, before any long work. The stages load once the inputs read well.
  const start = readContext(rt, run.exec);
  const {
    baseImage,
    check,
    customize,
    customizerImage,
    deliver,
    freeAfterCustomizer,
    freeSpace,
    plan,
    prepareUpload,
    publish,
    summary,
    tridentRpms,
    writeConfig,
  } = await import('./stages/index.js');
  const checked = await stages.run('Check inputs', start, check);
  const ctx = await runContext(start, checked.parent, run);

  // 2. The host config the ISO carries and the Image Customizer config.
  const config = await stages.run('Write Image Customizer config', ctx, writeConfig(checked));
  results.config = config;
  if (ctx.inputs.validateOnly) return stages.run('Plan (validate-only)', ctx, plan(config));

  // 3. The three independent pieces at once; a failure stops the others.
  const [rpms, base] = await stages.parallel(ctx, [
    ['Trident RPMs', tridentRpms(config)],
    ['Base image', baseImage],
    ['Image Customizer image', customizerImage],
  ] as const);
  Object.assign(results, { rpms, base });
  // Registry credentials are not needed past the pulls: remove them now, not at the end of the job.
  await dropCredentials(ctx.work);

  // 4. Image Customizer, privileged. Once its container has started, the cache saves run beside
  //    it and the upload's client loads. What it leaves that nothing reads any more is freed as
  //    soon as it ends, beside the ISO's check.
  const customizing = stages.run('Image Customizer', ctx, customize(config, base, rpms));
  prepareUpload(ctx);
  await customizing;
  stages.background('Free the build folders', freeAfterCustomizer(ctx));

  // 5. The ISO, checked before it goes anywhere.
  const iso = await stages.run('Check ISO', ctx, deliver);
  results.iso = iso;

  // 6. Upload; then the background work ends, the rest of the disk is freed for later steps, and the report.
  const published = await stages.run('Upload artifact', ctx, publish(iso));
  results.published = published;
  await stages.settle();
  await freeSpace(ctx);
  await rt.writeSummary(summary(ctx, { iso, base, rpms, published }, stages.records));
}
