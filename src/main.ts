// The procedure of Building-a-Provisioning-ISO, as stages:
// check inputs → write the config → (RPMs ∥ base image ∥ Image Customizer image)
// → Image Customizer → check the ISO → upload → summary.
import path from 'node:path';
import { cacheServiceConfigured } from './tools/cache.js';
import { containerArgv, rootRemover } from './tools/engine.js';
import { customizerFeatures, NEWEST_KNOWN } from './customizer/version.js';
import { readInputs } from './context/inputs.js';
import type { Runtime } from './runtime.js';
import { failureMarkdown } from './run/report.js';
import { Stages } from './run/stages.js';
import { STATE } from './run/state.js';
import { checkEverything } from './stages/check.js';
import { prepareConfig } from './stages/config.js';
import type { RunContext } from './context/run-context.js';
import { containerSpec, customize, deliverIso } from './stages/customize.js';
import { baseImage, basePullDir, customizerImage, tridentRpms } from './stages/fetch.js';
import { planLines, summary, upload } from './stages/publish.js';
import { createWorkDir, dropCredentials, trimWorkDir } from './run/workdir.js';

export async function main(rt: Runtime): Promise<void> {
  const stages = new Stages(rt.console);
  try {
    await procedure(rt, stages);
  } catch (error) {
    // A failed run most needs to show where it stopped and where the time went.
    await rt.writeSummary(failureMarkdown(stages.records)).catch(() => undefined);
    throw error;
  }
}

async function procedure(rt: Runtime, stages: Stages): Promise<void> {
  const inputs = readInputs((name) => rt.getInput(name), { workspace: rt.workspace });
  for (const credentials of [inputs.registryCredentials, inputs.imageCustomizerCredentials]) if (credentials) rt.setSecret(credentials.password);
  const versionKnown = inputs.imageCustomizerVersion !== undefined;
  if (!versionKnown) {
    rt.warning({
      message: `imagecustomizer-image '${inputs.imageCustomizerImage}' has no version tag; assuming Image Customizer ${NEWEST_KNOWN}. Set imagecustomizer-version to say which it is.`,
    });
  }

  // 1. Everything that can be wrong, before any long work.
  const checked = await stages.run('Check inputs', (log) => checkEverything(inputs, rt, log));
  const work = await createWorkDir(checked.parent);
  rt.saveState(STATE.workDir, work.root);
  // @actions/tool-cache and @actions/cache leave temporary files in RUNNER_TEMP:
  // give them a folder inside the work dir, which the post step removes.
  process.env.RUNNER_TEMP = work.scratch;
  const ctx: RunContext = {
    inputs,
    rt,
    features: customizerFeatures(inputs.imageCustomizerVersion ?? NEWEST_KNOWN),
    versionKnown,
    work,
    // Without a cache service (outside a job) the shared cache folder would only let runs trample each other.
    cache: inputs.cache && cacheServiceConfigured(rt.env),
    cacheRoot: path.join(checked.parent, 'trident-iso-cache'),
    containerName: path.basename(work.root).toLowerCase(),
  };
  if (ctx.cache) rt.saveState(STATE.cacheDir, ctx.cacheRoot);

  // 2. The host config the ISO carries and the Image Customizer config.
  const prepared = await stages.run('Write Image Customizer config', (log) =>
    prepareConfig(ctx, checked.cosi?.metadataSha384, checked.extraConfig, log),
  );
  rt.setOutput('config-path', prepared.configHostPath);
  rt.setOutput('host-config-path', prepared.hostConfigPath);

  if (inputs.validateOnly) {
    const base = inputs.baseImage.kind === 'file' ? inputs.baseImage.path : path.join(basePullDir(ctx), 'image.vhdx');
    const argv = containerArgv(containerSpec(ctx, prepared, base, inputs.rpms.kind === 'distro' ? undefined : work.rpms));
    await stages.run('Plan (validate-only)', async (log) => planLines(ctx, argv).forEach((line) => log(line)));
    return;
  }

  // Containers (the privileged check, then Image Customizer) carry this name: the post step removes it.
  rt.saveState(STATE.container, ctx.containerName);
  rt.saveState(STATE.engine, inputs.containerEngine);
  rt.saveState(STATE.image, inputs.imageCustomizerImage);

  // 3. The three independent pieces at once; a failure stops the others.
  const [rpms, base] = await stages.parallel([
    { name: 'Trident RPMs', body: (log, signal) => tridentRpms(ctx, prepared, log, signal) },
    { name: 'Base image', body: (log, signal) => baseImage(ctx, log, signal) },
    { name: 'Image Customizer image', body: (log, signal) => customizerImage(ctx, log, signal) },
  ] as const);
  // Registry credentials are not needed past the pulls: remove them now, not at the end of the job.
  await dropCredentials(work);
  rt.setOutput('base-image-digest', base.digest);
  rt.setOutput('trident-version', rpms.tridentVersion);

  // 4. Image Customizer, privileged.
  await stages
    .run('Image Customizer', (log) => customize(ctx, containerSpec(ctx, prepared, base.file, rpms.dir), log))
    .catch(async (error: unknown) => {
      if (base.cacheSave) {
        rt.console.info('Waiting for the base image cache save to finish before failing.');
        await base.cacheSave;
      }
      throw error;
    });
  // The base image's cache save ran beside Image Customizer; the step ends only when it has.
  if (base.cacheSave) await stages.run('Save base image to the cache', () => base.cacheSave ?? Promise.resolve());

  // 5. The ISO, checked before it goes anywhere; then the disk is freed for later steps.
  const iso = await stages.run('Check ISO', (log) => deliverIso(ctx, log));
  // Freeing space must never fail a finished build: warn about what stays.
  const stuck = await trimWorkDir(
    work,
    rootRemover(inputs.containerEngine, inputs.imageCustomizerImage, rt.console.info),
    ctx.cache ? [ctx.cacheRoot] : [],
  ).catch((error: unknown) => [`${work.root} (${(error as Error).message})`]);
  if (stuck.length > 0) rt.warning({ message: `Could not free ${stuck.join(', ')}; the post step tries again.` });
  rt.setOutput('iso-path', iso.path);
  rt.setOutput('iso-sha256', iso.sha256);
  rt.setOutput('iso-size', String(iso.size));

  // 6. Upload and report.
  const artifact = await stages.run('Upload artifact', (log) => upload(ctx, iso, log));
  rt.setOutput('artifact-id', artifact?.id ?? '');
  rt.setOutput('artifact-url', artifact?.url ?? '');
  rt.setOutput('artifact-digest', artifact?.digest ?? '');
  await rt.writeSummary(summary(ctx, iso, base, rpms, artifact, stages.records));
}
