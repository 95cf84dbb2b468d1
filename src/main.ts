// The procedure of Building-a-Provisioning-ISO, as stages:
// check inputs → write the config → (RPMs ∥ base image ∥ Image Customizer image)
// → run Image Customizer → check the ISO → upload → report.
import { constants as fsConstants } from 'node:fs';
import { copyFile, link, rm } from 'node:fs/promises';
import path from 'node:path';
import { getBaseImage } from './base-image.js';
import { containerArgv, IN_CONTAINER, pullImage, runContainer, type ContainerSpec, type Mount } from './container.js';
import { buildCustomizerConfig, mergeConfig, requiredTridentPackages, type CustomizerConfig } from './customizer/config.js';
import { writeConfigFile, readUserConfig } from './customizer/files.js';
import { checkCustomizerConfig } from './customizer/schema.js';
import { customizerFeatures, NEWEST_KNOWN } from './customizer/version.js';
import { writeHostConfigCopy } from './host-config-copy.js';
import { readInputs } from './inputs.js';
import { verifyIso, type IsoInfo } from './iso.js';
import { installOras, orasLogin, type OrasContext } from './oras.js';
import { registryOf } from './container.js';
import { platformMismatch, preflight } from './preflight.js';
import { humanSize, summaryMarkdown } from './report.js';
import { cacheKeys, restore, save } from './cache.js';
import { checkEngine, diskProblem, KERNEL_MODULES, missingKernelModules, requiredDiskBytes, roomiest } from './host-checks.js';
import { checkRpms, getRpms } from './rpms.js';
import type { Runtime } from './runtime.js';
import { Stages } from './stages.js';
import { STATE } from './state.js';
import type { Inputs, Outputs } from './types.js';
import { uploadIso, uploadUnavailable } from './upload.js';
import { validateWithTrident } from './trident-validate.js';
import { createWorkDir, trimWorkDir, type WorkDir } from './workdir.js';

export async function main(rt: Runtime): Promise<Partial<Outputs>> {
  const stages = new Stages(rt.console);
  const inputs = readInputs((name) => rt.getInput(name), { workspace: rt.workspace });
  for (const c of [inputs.registryCredentials, inputs.imageCustomizerCredentials]) if (c) rt.setSecret(c.password);

  const versionKnown = inputs.imageCustomizerVersion !== undefined;
  const features = customizerFeatures(inputs.imageCustomizerVersion ?? NEWEST_KNOWN);

  // 1. Everything that can be wrong with the inputs, before any long work.
  const checked = await stages.run('Check inputs', async (log) => {
    if (!versionKnown)
      rt.warning({
        message: `imagecustomizer-image '${inputs.imageCustomizerImage}' has no version tag; assuming Image Customizer ${NEWEST_KNOWN}. Set imagecustomizer-version to say which it is.`,
      });
    const result = await preflight(inputs, log);
    if (inputs.validateOnly) return { ...result, parent: rt.tempDir };
    const mismatch = platformMismatch(inputs.platform, process.arch);
    if (mismatch) throw new Error(`Input 'platform': ${mismatch}`);
    const engineProblem = await checkEngine(inputs.containerEngine);
    if (engineProblem) throw new Error(`Input 'container-engine': ${engineProblem}`);
    // Hosted runners have more room on /mnt than in the workspace's disk.
    const { dir: parent, free } = await roomiest([rt.tempDir, ...(rt.env.RUNNER_ENVIRONMENT === 'github-hosted' ? ['/mnt'] : [])]);
    const required = requiredDiskBytes(result.cosi?.size ?? 0);
    const disk = diskProblem(parent, free, required);
    if (disk) throw new Error(disk);
    log(`Disk: ${humanSize(free)} free in ${parent}; the build needs about ${humanSize(required)}.`);
    const missing = await missingKernelModules(KERNEL_MODULES);
    if (missing.length > 0) {
      rt.warning({
        message: `Kernel modules ${missing.join(', ')} are neither loaded nor installed on this runner; Image Customizer needs them (loop, squashfs, vfat, ext4) and will likely fail.`,
      });
    }
    return { ...result, parent };
  });

  const work = await createWorkDir(checked.parent);
  rt.saveState(STATE.workDir, work.root);
  // Cached content needs a path that is the same in every run; the post step removes it too.
  const cacheRoot = path.join(checked.parent, 'trident-iso-cache');
  if (inputs.cache) rt.saveState(STATE.cacheDir, cacheRoot);
  const cacheLog = (log: (line: string) => void) => ({ info: log, warning: (line: string) => rt.warning({ message: line }) });

  // 2. The host config the ISO carries and the Image Customizer config.
  const prepared = await stages.run('Write Image Customizer config', (log) =>
    prepareConfig(inputs, work, checked.cosi?.metadataSha384, checked.extraConfig, features, log),
  );
  rt.setOutput('config-path', prepared.configHostPath);
  rt.setOutput('host-config-path', prepared.hostConfigPath);

  const containerName = `trident-iso-${path.basename(work.root).slice('trident-iso-'.length).toLowerCase()}`;
  const spec = (baseImageFile: string, rpmDir: string | undefined): ContainerSpec => ({
    engine: inputs.containerEngine,
    platform: inputs.platform,
    name: containerName,
    image: inputs.imageCustomizerImage,
    features,
    mounts: mountsFor(inputs, work, prepared, baseImageFile, rpmDir),
    configFile: prepared.configContainerPath,
    imageFile: `${IN_CONTAINER.baseDir}/${path.basename(baseImageFile)}`,
    ...(rpmDir ? { rpmSource: IN_CONTAINER.rpms } : {}),
    outputFile: `${IN_CONTAINER.output}/${path.basename(inputs.output)}`,
    logLevel: inputs.logLevel,
  });

  if (inputs.validateOnly) {
    await stages.run('Plan (validate-only)', async (log) => {
      const base = inputs.baseImage.kind === 'file' ? inputs.baseImage.path : path.join(work.base, 'image.vhdx');
      log('Every input is valid. Without validate-only the action would run:');
      if (inputs.rpms.kind === 'build') log(`  (in ${inputs.rpms.checkout}) make bin/trident-rpms.tar.gz`);
      if (inputs.baseImage.kind === 'oci') log(`  oras pull ${inputs.baseImage.ref} --platform ${inputs.platform} --output ${work.base}`);
      log(`  ${inputs.containerEngine} pull --platform ${inputs.platform} ${inputs.imageCustomizerImage}`);
      log(`  ${containerArgv(spec(base, inputs.rpms.kind === 'distro' ? undefined : work.rpms)).join(' ')}`);
      log(`Image Customizer config: ${prepared.configHostPath}`);
    });
    return {};
  }

  // 3. The three independent downloads/builds at once.
  const [rpms, baseImage] = await stages.parallel([
    {
      name: 'Trident RPMs',
      body: async (log, signal) => {
        const set = await getRpms(inputs.rpms, {
          target: work.rpms,
          scratch: work.scratch,
          onLine: log,
          signal,
          ...(inputs.cache
            ? {
                cache: {
                  dir: path.join(cacheRoot, 'rpms'),
                  key: (commit: string) => cacheKeys.rpms(inputs.platform, commit),
                  restore: (dir: string, key: string) => restore(dir, key, cacheLog(log)),
                  save: (dir: string, key: string) => save(dir, key, cacheLog(log)),
                },
              }
            : {}),
        });
        if (set.dir) {
          const problems = checkRpms(set.packages, prepared.requiredPackages, inputs.platform);
          if (problems.length > 0)
            throw new Error(`Input '${inputs.rpms.kind === 'build' ? 'trident-source' : 'trident-rpms'}': ${problems.join(' ')}`);
        }
        // With a trident binary that runs here, `trident validate` has the final word.
        if (set.dir && prepared.hostConfigPath) {
          const validation = await validateWithTrident(set.packages, prepared.hostConfigPath, work.scratch, log);
          if (!validation.ran) log(`trident validate not run: ${validation.why}.`);
        }
        return set;
      },
    },
    {
      name: 'Base image',
      body: (log, signal) =>
        getBaseImage(
          inputs.baseImage,
          inputs.platform,
          inputs.cache ? path.join(cacheRoot, 'base-image') : work.base,
          async (): Promise<OrasContext> => {
            const oras = await installOras(inputs.oras, log);
            const ctx: OrasContext = { bin: oras.bin, registryConfig: path.join(work.auth, 'oras-config.json'), onLine: log, signal };
            if (inputs.registryCredentials && inputs.baseImage.kind === 'oci')
              await orasLogin(ctx, registryOf(inputs.baseImage.ref), inputs.registryCredentials);
            return ctx;
          },
          inputs.cache
            ? {
                key: (digest) => cacheKeys.baseImage(inputs.platform, digest),
                restore: (dir, key) => restore(dir, key, cacheLog(log)),
                save: (dir, key) => save(dir, key, cacheLog(log)),
              }
            : undefined,
        ),
    },
    {
      name: 'Image Customizer image',
      body: (log, signal) =>
        pullImage({
          engine: inputs.containerEngine,
          image: inputs.imageCustomizerImage,
          platform: inputs.platform,
          ...(inputs.imageCustomizerCredentials ? { authDir: work.auth, credentials: inputs.imageCustomizerCredentials } : {}),
          onLine: log,
          signal,
        }),
    },
  ] as const);
  rt.setOutput('base-image-digest', baseImage.digest);
  rt.setOutput('trident-version', rpms.tridentVersion);

  // 4. Image Customizer, privileged.
  rt.saveState(STATE.container, containerName);
  rt.saveState(STATE.engine, inputs.containerEngine);
  await stages.run('Image Customizer', async (log) => {
    const argv = containerArgv(spec(baseImage.file, rpms.dir));
    log(`Running: ${argv.join(' ')}`);
    await runContainer(argv, inputs.containerEngine, containerName, log);
  });

  // 5. The ISO, checked before it goes anywhere.
  const iso = await stages.run('Check ISO', async (log) => {
    await moveNoClobber(path.join(work.output, path.basename(inputs.output)), inputs.output);
    const info = await verifyIso(inputs.output);
    log(`${info.path}: ${info.size} bytes, SHA-256 ${info.sha256}`);
    return info;
  });
  // Free the disk now (later steps may need it); the config stays for later steps until the post step.
  await trimWorkDir(work);
  rt.setOutput('iso-path', iso.path);
  rt.setOutput('iso-sha256', iso.sha256);
  rt.setOutput('iso-size', String(iso.size));

  // 6. Upload.
  const artifact = await stages.run('Upload artifact', (log) => upload(inputs, iso, rt, log));
  rt.setOutput('artifact-id', artifact?.id ?? '');
  rt.setOutput('artifact-url', artifact?.url ?? '');
  rt.setOutput('artifact-digest', artifact?.digest ?? '');

  await rt.writeSummary(
    summaryMarkdown(
      {
        isoName: path.basename(iso.path),
        size: iso.size,
        sha256: iso.sha256,
        baseImage: inputs.baseImage.kind === 'oci' ? inputs.baseImage.ref : path.basename(inputs.baseImage.path),
        baseImageDigest: baseImage.digest,
        imageCustomizerImage: inputs.imageCustomizerImage,
        imageCustomizerVersion: versionKnown ? features.version : `assumed ${features.version}`,
        tridentVersion: rpms.tridentVersion,
        artifactUrl: artifact?.url ?? '',
        artifactName: inputs.archive ? inputs.artifactName : path.basename(iso.path),
      },
      stages.records,
    ),
  );
  return {};
}

interface PreparedConfig {
  configHostPath: string;
  configContainerPath: string;
  /** Host directory mounted at /config. */
  configDir: string;
  hostConfigPath: string;
  requiredPackages: string[];
}

async function prepareConfig(
  inputs: Inputs,
  work: WorkDir,
  cosiSha384: string | undefined,
  extra: Record<string, unknown> | undefined,
  features: ReturnType<typeof customizerFeatures>,
  log: (line: string) => void,
): Promise<PreparedConfig> {
  // The ISO carries a copy (mounted with the config), never the user's file itself.
  const hostConfigPath = inputs.hostConfig ? path.join(work.config, 'host-config.yaml') : '';
  if (inputs.hostConfig) {
    const { changed } = await writeHostConfigCopy(inputs.hostConfig, hostConfigPath, {
      mode: inputs.hostConfigImage,
      cosiDestination: inputs.cosiDestination,
      ...(cosiSha384 ? { cosiSha384 } : {}),
    });
    log(
      changed ? `Host config copy with image.url and image.sha384 of the COSI: ${hostConfigPath}` : `Host config copied as given: ${hostConfigPath}`,
    );
  }

  let config: CustomizerConfig;
  let configHostPath: string;
  let configDir: string;
  if (inputs.config) {
    config = await readUserConfig(inputs.config);
    configHostPath = inputs.config;
    configDir = path.dirname(inputs.config);
  } else {
    const generated = buildCustomizerConfig({
      hostname: inputs.hostname,
      packages: inputs.packages,
      services: inputs.services,
      kernelCommandLine: inputs.kernelCommandLine,
      selinuxMode: inputs.selinuxMode,
      ...(inputs.hostConfig ? { hostConfigSource: 'host-config.yaml' } : {}),
      ...(inputs.cosi ? { cosi: { source: `${IN_CONTAINER.cosiDir}/${path.basename(inputs.cosi)}`, destination: inputs.cosiDestination } } : {}),
    });
    config = extra ? mergeConfig(generated, extra) : generated;
    configHostPath = path.join(work.config, 'ic-config.yaml');
    configDir = work.config;
    await writeConfigFile(configHostPath, config);
  }
  const problems = checkCustomizerConfig(config, features);
  if (problems.length > 0) {
    const source = inputs.config ? "Input 'config'" : inputs.extraConfig ? "Input 'extra-config'" : 'The generated config';
    throw new Error(
      `${source}: the Image Customizer config is not valid for Image Customizer ${features.version}:\n` +
        problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
    );
  }
  log(`Image Customizer config (${features.schema} schema: valid): ${configHostPath}`);
  return {
    configHostPath,
    configContainerPath: `${IN_CONTAINER.config}/${path.basename(configHostPath)}`,
    configDir,
    hostConfigPath,
    requiredPackages: inputs.rpms.kind === 'distro' ? [] : requiredTridentPackages(config),
  };
}

/** Just what the build needs, never the whole host; inputs read-only. */
function mountsFor(inputs: Inputs, work: WorkDir, prepared: PreparedConfig, baseImageFile: string, rpmDir: string | undefined): Mount[] {
  const mounts: Mount[] = [
    { host: prepared.configDir, container: IN_CONTAINER.config, readOnly: true },
    { host: baseImageFile, container: `${IN_CONTAINER.baseDir}/${path.basename(baseImageFile)}`, readOnly: true },
    { host: work.build, container: IN_CONTAINER.build, readOnly: false },
    { host: work.output, container: IN_CONTAINER.output, readOnly: false },
  ];
  if (inputs.cosi && !inputs.config)
    mounts.push({ host: inputs.cosi, container: `${IN_CONTAINER.cosiDir}/${path.basename(inputs.cosi)}`, readOnly: true });
  if (rpmDir) mounts.push({ host: rpmDir, container: IN_CONTAINER.rpms, readOnly: false });
  return mounts;
}

/** Moves a file to a path that must not exist: link (fails if it exists) then unlink; copy across filesystems. */
async function moveNoClobber(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`Image Customizer reported success but wrote no ISO (${path.basename(to)} is missing from its output).`);
    if (code !== 'EXDEV' && code !== 'EPERM') throw error;
    await copyFile(from, to, fsConstants.COPYFILE_EXCL);
  }
  await rm(from, { force: true });
}

async function upload(inputs: Inputs, iso: IsoInfo, rt: Runtime, log: (line: string) => void) {
  if (!inputs.upload) {
    log('upload is false: the ISO is not uploaded.');
    return undefined;
  }
  const unavailable = uploadUnavailable(rt.env);
  if (unavailable) {
    rt.warning({ message: `The ISO was not uploaded: ${unavailable}. It is at ${iso.path}.` });
    return undefined;
  }
  const result = await uploadIso(
    { iso, archive: inputs.archive, artifactName: inputs.artifactName, ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}) },
    rt.env,
  );
  log(`Uploaded artifact ${result.id} (${result.digest}): ${result.url}`);
  return result;
}
