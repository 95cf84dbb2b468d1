// Stage 4: Image Customizer in its privileged container, with just what the
// build needs mounted (never the whole host; the user's files read-only).
import path from 'node:path';
import type { RunContext } from '../context/run-context.js';
import { containerArgv, IN_CONTAINER, type ContainerSpec, type Mount } from '../customizer/argv.js';
import type { Stage } from '../run/stages.js';
import { CommandError } from '../tools/exec.js';
import { runContainer } from '../tools/engine.js';
import type { RpmSet } from '../trident/rpm-set.js';
import type { BaseImage } from './base-image.js';
import type { PreparedConfig } from './config.js';

/** Just what the build needs, never the whole host; the user's files read-only. Pure. */
export function mountsFor(ctx: RunContext, config: PreparedConfig, baseImageFile: string, rpmDir: string | undefined): Mount[] {
  const { inputs, work } = ctx;
  const mounts: Mount[] = [
    { host: config.configDir, container: IN_CONTAINER.config, readOnly: true },
    { host: baseImageFile, container: `${IN_CONTAINER.baseDir}/${path.basename(baseImageFile)}`, readOnly: true },
    { host: work.build, container: IN_CONTAINER.build, readOnly: false },
    { host: work.output, container: IN_CONTAINER.output, readOnly: false },
  ];
  // A user's own config names its files itself, relative to its folder.
  if (inputs.cosi && !inputs.config)
    mounts.push({ host: inputs.cosi, container: `${IN_CONTAINER.cosiDir}/${path.basename(inputs.cosi)}`, readOnly: true });
  if (rpmDir) mounts.push({ host: rpmDir, container: IN_CONTAINER.rpms, readOnly: false });
  return mounts;
}

/** The container the run starts. Pure. */
export function containerSpec(ctx: RunContext, config: PreparedConfig, baseImageFile: string, rpmDir: string | undefined): ContainerSpec {
  const { inputs } = ctx;
  return {
    engine: inputs.containerEngine,
    platform: inputs.platform,
    name: ctx.containerName,
    image: inputs.imageCustomizerImage,
    features: ctx.features,
    mounts: mountsFor(ctx, config, baseImageFile, rpmDir),
    configFile: config.configContainerPath,
    imageFile: `${IN_CONTAINER.baseDir}/${path.basename(baseImageFile)}`,
    ...(rpmDir ? { rpmSource: IN_CONTAINER.rpms } : {}),
    outputFile: `${IN_CONTAINER.output}/${path.basename(inputs.output)}`,
    logLevel: inputs.logLevel,
  };
}

export function customize(config: PreparedConfig, base: BaseImage, rpms: RpmSet): Stage<RunContext, void> {
  return async (ctx, log, signal) => {
    const spec = containerSpec(ctx, config, base.file, rpms.dir);
    const argv = containerArgv(spec);
    log(`Running: ${argv.join(' ')}`);
    await runContainer(ctx.exec, { argv, engine: spec.engine, name: spec.name, onLine: log, signal }).catch((error: unknown) => {
      if (!(error instanceof CommandError)) throw error;
      throw new Error(`Image Customizer failed (exit code ${error.exitCode}). The last lines of its log:\n${error.tail.join('\n')}`);
    });
  };
}
