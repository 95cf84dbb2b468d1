// Steps 4 and 5: Image Customizer in its privileged container, then the ISO
// moved to `output` (never over an existing file) and checked.
import { constants as fsConstants } from 'node:fs';
import { copyFile, link, lstat, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { containerArgv, IN_CONTAINER, runContainer, type ContainerSpec, type Mount } from '../tools/engine.js';
import { verifyIso, type IsoInfo } from '../tools/iso.js';
import { STATE } from '../run/state.js';
import type { RunContext } from '../context/run-context.js';
import type { PreparedConfig } from './config.js';

/** Just what the build needs, never the whole host; the user's files read-only. Pure. */
export function mountsFor(ctx: RunContext, prepared: PreparedConfig, baseImageFile: string, rpmDir: string | undefined): Mount[] {
  const { inputs, work } = ctx;
  const mounts: Mount[] = [
    { host: prepared.configDir, container: IN_CONTAINER.config, readOnly: true },
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
export function containerSpec(ctx: RunContext, prepared: PreparedConfig, baseImageFile: string, rpmDir: string | undefined): ContainerSpec {
  const { inputs } = ctx;
  return {
    engine: inputs.containerEngine,
    platform: inputs.platform,
    name: ctx.containerName,
    image: inputs.imageCustomizerImage,
    features: ctx.features,
    mounts: mountsFor(ctx, prepared, baseImageFile, rpmDir),
    configFile: prepared.configContainerPath,
    imageFile: `${IN_CONTAINER.baseDir}/${path.basename(baseImageFile)}`,
    ...(rpmDir ? { rpmSource: IN_CONTAINER.rpms } : {}),
    outputFile: `${IN_CONTAINER.output}/${path.basename(inputs.output)}`,
    logLevel: inputs.logLevel,
  };
}

export async function customize(ctx: RunContext, spec: ContainerSpec, log: (line: string) => void): Promise<void> {
  const argv = containerArgv(spec);
  log(`Running: ${argv.join(' ')}`);
  await runContainer(argv, spec.engine, spec.name, log);
}

/**
 * Moves the ISO to `output`, which must not exist: a hard link fails rather
 * than overwrite. Across filesystems (or where the root-owned file may not be
 * linked) it is copied to a temporary name beside `output` first, so a full
 * disk never leaves a partial file at `output`; `onPartial` records that name
 * so a cancellation's cleanup removes it too.
 */
async function moveNoClobber(from: string, to: string, onPartial: (file: string) => void): Promise<void> {
  const clobber = () =>
    new Error(`Input 'output': ${to} appeared while the ISO was built; the action never overwrites a file. The ISO was not moved there.`);
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw clobber();
    if (code !== 'EXDEV' && code !== 'EPERM') throw error;
    const partial = `${to}.partial-${process.pid}`;
    // COPYFILE_EXCL: a file of that name that is not ours is never touched.
    await copyFile(from, partial, fsConstants.COPYFILE_EXCL);
    onPartial(partial);
    try {
      await link(partial, to);
    } catch (e) {
      const linkCode = (e as NodeJS.ErrnoException).code;
      if (linkCode === 'EEXIST') throw clobber();
      // A filesystem without hard links: rename, after checking nothing is there.
      if (linkCode !== 'EPERM' && linkCode !== 'ENOTSUP' && linkCode !== 'EOPNOTSUPP') throw e;
      if (
        await lstat(to).then(
          () => true,
          () => false,
        )
      )
        throw clobber();
      await rename(partial, to);
    } finally {
      await rm(partial, { force: true });
    }
  }
  await rm(from, { force: true });
}

export async function deliverIso({ inputs, work, rt }: RunContext, log: (line: string) => void): Promise<IsoInfo> {
  const written = path.join(work.output, path.basename(inputs.output));
  // Checked where Image Customizer wrote it: a bad file never reaches `output`.
  const info = await verifyIso(written);
  await moveNoClobber(written, inputs.output, (partial) => rt.saveState(STATE.partialOutput, partial));
  log(`${inputs.output}: ${info.size} bytes, SHA-256 ${info.sha256}`);
  return { ...info, path: inputs.output };
}
