// Patch mode (patch-iso): an ISO built with patchable gets another host
// config in its placeholder, checked as a build checks it, in seconds and
// without a container: its inputs and files checked, the ISO downloaded when
// it is an artifact, its ISO 9660 directory read (the placeholder, the COSI
// it carries), the host config checked against that COSI and the placeholder's
// size (and by `trident validate` with trident-rpms), then the patched ISO
// written to `output` in one pass. The ISO given is never modified (the CLI's
// --in-place asks for it). And with patchable, the build's own check that the
// ISO Image Customizer wrote holds the placeholder as the config gave it.
import { link, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, InputError } from '../context/errors.js';
import type { PatchSource } from '../context/input-types.js';
import { checkPatchFiles } from '../context/input-files.js';
import type { CheckContext, RunContext } from '../context/run-context.js';
import { findFile, IsoFormatError } from '../iso/iso9660.js';
import { PlaceholderError } from '../iso/locate.js';
import { openIso, planWrite, writePatchedIso, type OpenedIso } from '../iso/patch.js';
import { capacity } from '../iso/placeholder.js';
import { sliceSource } from '../iso/source.js';
import { humanSize } from '../run/report.js';
import type { Stage } from '../run/stages.js';
import { ArtifactError, downloadArtifact, downloadUnavailable } from '../tools/artifact-download.js';
import { freeBytes } from '../tools/host.js';
import type { IsoInfo } from '../tools/iso.js';
import { checkCosi, readCosiFrom, type CosiInfo } from '../trident/cosi.js';
import { indent, writeHostConfigCopy } from '../trident/host-config-copy.js';
import { hostConfigTools } from '../trident/host-config-tools.js';
import { formatProblems } from '../trident/problems.js';
import type { RpmSet } from '../trident/rpm-set.js';
import { validateWithTrident } from '../trident/validate.js';
import type { PreparedConfig } from './config.js';
import { moveNoClobber, OutputTaken } from './deliver.js';
import { planVerification, serialLogPath, type VerifyPlan } from './verify-plan.js';

export interface PatchOptions {
  /** Write into the ISO given (the CLI's --in-place); `output` is then that ISO. */
  inPlace?: boolean;
}

export interface PatchChecked {
  parent: string;
  verify?: VerifyPlan;
}

/** How the ISO given is named in messages: its path, or artifact:<name> (and its run). */
export function describeSource(source: PatchSource): string {
  if (source.kind === 'file') return source.path;
  return `artifact:${source.name}${source.run ? ` of run ${source.run.id}` : ''}`;
}

/** Patch mode's inputs and files, and the VM of verify, before any long work. */
export function checkPatch(o: PatchOptions): Stage<CheckContext, PatchChecked> {
  return async ({ rt, inputs }, log) => {
    const source = inputs.patch;
    if (!source) throw new Error('checkPatch without patch-iso');
    const { isoBytes } = checkPatchFiles(inputs, o.inPlace === true);
    if (source.kind === 'artifact') {
      const why = downloadUnavailable(source, rt.env);
      if (why) throw new InputError('patch-iso', `${describeSource(source)} cannot be downloaded here: ${why}. Give the ISO as a file instead.`);
    }
    if (isoBytes !== undefined && !o.inPlace) {
      const free = await freeBytes(path.dirname(inputs.output));
      if (free < isoBytes)
        throw new InputError(
          'output',
          `the patched ISO needs ${humanSize(isoBytes)}, but ${path.dirname(inputs.output)} has ${humanSize(free)} free.`,
        );
    }
    const verify = inputs.verify
      ? await planVerification(
          inputs.verify,
          {
            ...(inputs.hostConfig ? { hostConfig: inputs.hostConfig } : {}),
            hostConfigInput: 'host-config',
            serialLog: serialLogPath(inputs.output),
            serialLogInput: 'output',
          },
          rt.env,
          !inputs.validateOnly,
          log,
        )
      : undefined;
    log(`Patch mode: ${describeSource(source)} gets ${inputs.hostConfig ?? ''} in its host config placeholder; nothing is built.`);
    return { parent: rt.tempDir, ...(verify ? { verify } : {}) };
  };
}

export interface SourceIso {
  file: string;
  /** Downloaded into the work folder: the run's own copy, patched in place and moved to `output`. */
  owned: boolean;
  /** A downloaded artifact's digest (sha256:<hex>), checked against what arrived. */
  digest?: string;
}

/** The ISO to patch when it is an artifact: downloaded into the work folder. */
export const fetchIso: Stage<RunContext, SourceIso> = async ({ inputs, rt, work }, log, signal) => {
  const source = inputs.patch;
  if (source?.kind !== 'artifact') throw new Error('fetchIso without patch-iso: artifact:<name>');
  const dir = path.join(work.scratch, 'artifact');
  const downloaded = await downloadArtifact(source, dir, rt.env, signal).catch((error: unknown) => {
    if (!(error instanceof ArtifactError)) throw error;
    throw new InputError(error.problem === 'denied' ? 'github-token' : 'patch-iso', `${describeSource(source)}: ${error.message}`);
  });
  log(`Downloaded artifact ${downloaded.id}${downloaded.digest ? ` (${downloaded.digest}, checked)` : ''}: ${path.relative(dir, downloaded.file)}`);
  return { file: downloaded.file, owned: true, ...(downloaded.digest ? { digest: downloaded.digest } : {}) };
};

export interface PatchTarget {
  source: SourceIso;
  iso: OpenedIso;
  /** The COSI the ISO carries at cosi-destination, if it carries one there. */
  cosi?: CosiInfo;
}

/** The ISO's directory, its placeholder and the COSI at cosi-destination; the caller closes `iso.source`. */
export function readPatchIso(source: SourceIso): Stage<RunContext, PatchTarget> {
  return async ({ inputs }, log) => {
    const name = describeSource(inputs.patch!);
    const iso = await openIso(source.file).catch((error: unknown) => {
      if (error instanceof IsoFormatError)
        throw new InputError('patch-iso', `${name} is not an ISO 9660 image the action can read: ${error.message}.`);
      if (error instanceof PlaceholderError) throw new InputError('patch-iso', `${name} ${error.message}`);
      throw error;
    });
    try {
      const { placeholder } = iso;
      log(
        `ISO ${name}: ${iso.source.size} bytes; host config placeholder ${placeholder.file.path} at byte ${placeholder.offset}, ${placeholder.size} bytes, ${placeholder.state === 'filled' ? 'filled' : 'empty (as isopatch leaves it unpatched)'}.`,
      );
      for (const other of placeholder.others) log(`It also has a placeholder for ${other.key} (${other.path}), which is left as it is.`);
      const cosi = await readIsoCosi(iso, inputs.cosiDestination, inputs.platform, name);
      if (cosi) log(`COSI at ${inputs.cosiDestination}: ${cosi.size} bytes, metadata.json SHA-384 ${cosi.metadataSha384}`);
      else log(`The ISO carries no file at ${inputs.cosiDestination} (cosi-destination): the host config must point at its image elsewhere.`);
      return { source, iso, ...(cosi ? { cosi } : {}) };
    } catch (error) {
      await iso.source.close();
      throw error;
    }
  };
}

async function readIsoCosi(
  iso: OpenedIso,
  destination: string,
  platform: RunContext['inputs']['platform'],
  name: string,
): Promise<CosiInfo | undefined> {
  const file = findFile(iso.volume, destination);
  if (!file) return undefined;
  const extent = file.extents[0]!;
  if (file.extents.length > 1)
    throw new InputError('patch-iso', `${name}: the COSI at ${destination} is split in ${file.extents.length} extents; a COSI on an ISO is one.`);
  const cosi = await readCosiFrom(sliceSource(iso.source, extent.offset, extent.size)).catch((error: unknown) => {
    throw new InputError('patch-iso', `${name}: ${destination} is not a COSI file: ${errorMessage(error)}`);
  });
  const problems = await checkCosi(cosi, platform);
  if (problems.length > 0)
    throw new InputError(
      'patch-iso',
      `${name}: the COSI at ${destination} is not usable:\n${indent(formatProblems(problems, path.basename(destination)))}`,
    );
  return cosi;
}

export interface PatchedHostConfig {
  /** The host config the ISO will carry (a copy, wired to the COSI with host-config-image auto). */
  path: string;
  /** The placeholder's new bytes. */
  bytes: Buffer;
}

/** The host config as a build checks it, against the COSI the ISO carries; then whether it fits; `trident validate` with RPMs. */
export function checkPatchHostConfig(target: PatchTarget, given: RpmSet | undefined): Stage<RunContext, PatchedHostConfig> {
  return async (ctx, log, signal) => {
    const { inputs, work } = ctx;
    const file = inputs.hostConfig!;
    const copy = path.join(work.config, 'host-config.yaml');
    const written = await writeHostConfigCopy(file, copy, {
      mode: inputs.hostConfigImage,
      cosiDestination: inputs.cosiDestination,
      ...(target.cosi ? { cosiSha384: target.cosi.metadataSha384 } : {}),
    });
    log(written.changed ? `Host config copy with image.url and image.sha384 of the ISO's COSI: ${copy}` : `Host config copied as given: ${copy}`);
    const text = await readFile(copy);
    const plan = planWrite(target.iso, text);
    if ('tooBigBy' in plan) {
      throw new InputError(
        'host-config',
        `${file} does not fit the ISO's placeholder by ${plan.tooBigBy} bytes: the ISO would carry ${text.length} bytes of host config, and its ${target.iso.placeholder.size}-byte placeholder holds ${plan.capacity}. Shorten it (comments, blank lines), or build the ISO again with a larger placeholder-size.`,
      );
    }
    const room = capacity(target.iso.placeholder.size, target.iso.key);
    log(`It fits the placeholder: ${text.length} bytes of host config, ${room - text.length} of its ${room} bytes to spare.`);
    // The ISO's packages are what its build installed: a tool the new host config needs must already be there.
    for (const need of hostConfigTools(written.value)) {
      ctx.rt.warning({
        message: `The host config uses ${need.feature} (${need.path}), which needs ${need.package} in the live OS; a patch cannot add packages, so the ISO must have been built with it (a build adds it for its own host config).`,
      });
    }
    if (given) {
      const validation = await validateWithTrident(ctx.exec, given.packages, copy, { scratch: work.scratch, log, signal });
      if (validation.verdict === 'invalid')
        throw new InputError('host-config', `trident validate rejects the host config the ISO would carry:\n${validation.output.join('\n')}`);
      if (validation.verdict === 'not-run') log(`trident validate not run: ${validation.why}.`);
    }
    return { path: copy, bytes: plan.bytes };
  };
}

/** The patched ISO at `output`: copied with the new placeholder in one pass; a downloaded ISO is patched where it lies, then moved. */
export function writePatch(target: PatchTarget, hostConfig: PatchedHostConfig, o: PatchOptions): Stage<RunContext, IsoInfo> {
  return async ({ inputs, leftovers }, log, signal) => {
    const output = inputs.output;
    const name = describeSource(inputs.patch!);
    const refused = (error: unknown): never => {
      if (error instanceof PlaceholderError) throw new InputError('patch-iso', `${name} ${error.message}`);
      throw error;
    };
    let result;
    if (o.inPlace || target.source.owned) {
      result = await writePatchedIso(target.iso, hostConfig.bytes, { inPlace: true }, signal).catch(refused);
      if (target.source.owned && !o.inPlace) {
        await moveNoClobber(target.source.file, output, (partial) => leftovers.track({ partialOutput: partial })).catch((error: unknown) => {
          if (error instanceof OutputTaken)
            throw new InputError('output', `${output} appeared while the ISO was patched; the action never overwrites a file.`);
          throw error;
        });
      }
    } else {
      // A name beside output first: a cancelled or failed pass never leaves a partial file at output.
      const partial = `${output}.partial-${process.pid}`;
      leftovers.track({ partialOutput: partial });
      try {
        result = await writePatchedIso(target.iso, hostConfig.bytes, { output: partial }, signal).catch(refused);
        await link(partial, output).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code === 'EEXIST')
            throw new InputError('output', `${output} appeared while the ISO was patched; the action never overwrites a file.`);
          if (error.code !== 'EPERM' && error.code !== 'ENOTSUP' && error.code !== 'EOPNOTSUPP') throw error;
          await rename(partial, output);
        });
      } finally {
        await rm(partial, { force: true });
      }
    }
    await readBack(output, hostConfig.bytes);
    log(
      `${output}: ${result.size} bytes, SHA-256 ${result.sha256} (only the ${target.iso.placeholder.size} bytes of ${target.iso.placeholder.file.path} differ from ${name})`,
    );
    return { path: output, size: result.size, sha256: result.sha256 };
  };
}

/** The patched ISO read again as a new one is: its directory, one placeholder, holding exactly the bytes written. */
async function readBack(file: string, bytes: Buffer): Promise<void> {
  const iso = await openIso(file);
  try {
    if (!iso.placeholder.bytes.equals(bytes))
      throw new Error(`${file} was written, but its placeholder ${iso.placeholder.file.path} does not hold the bytes written.`);
  } finally {
    await iso.source.close();
  }
}

/** patchable: the ISO Image Customizer wrote holds one placeholder, with exactly the bytes the config gave it. */
export function checkPlaceholder(config: PreparedConfig): Stage<RunContext, void> {
  return async ({ inputs, work }, log) => {
    const expected = config.placeholder;
    if (!expected) return;
    const written = path.join(work.output, path.basename(inputs.output));
    const iso = await openIso(written).catch((error: unknown) => {
      throw new Error(`The ISO Image Customizer wrote cannot be patched: it ${errorMessage(error)}`);
    });
    try {
      if (!iso.placeholder.bytes.equals(expected.bytes)) {
        throw new Error(
          `The ISO Image Customizer wrote holds a placeholder ${iso.placeholder.file.path} that is not the file the config gave it (${iso.placeholder.size} bytes, expected ${expected.size}): the ISO cannot be patched safely.`,
        );
      }
      log(
        `Placeholder ${iso.placeholder.file.path}: at byte ${iso.placeholder.offset}, ${iso.placeholder.size} bytes, holding the host config; the ISO can be patched.`,
      );
    } finally {
      await iso.source.close();
    }
  };
}
