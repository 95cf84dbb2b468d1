// Where a run's steps work and the container Image Customizer runs in, as
// pure functions of the run context: the stages that run them and
// validate-only's plan, which prints them, share these, so that printing the
// plan loads none of the stages' code (docs/benchmarks.md).
import path from 'node:path';
import type { RunContext } from '../context/run-context.js';
import { IN_CONTAINER, type ContainerSpec, type Mount } from '../customizer/argv.js';
import type { PreparedConfig } from './config.js';

/** Where the base image is pulled: with the cache on, a path that is the same in every run. */
export function basePullDir(ctx: RunContext): string {
  return ctx.cache ? path.join(ctx.cacheRoot, 'base-image') : ctx.work.base;
}

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
