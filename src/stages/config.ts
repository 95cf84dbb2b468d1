// Stage 2: the host config the ISO carries and the Image Customizer config,
// written into the work directory and checked against the schema of the
// Image Customizer version in use.
import path from 'node:path';
import { InputError } from '../context/errors.js';
import type { RunContext } from '../context/run-context.js';
import { IN_CONTAINER } from '../customizer/argv.js';
import { buildCustomizerConfig, lastConsole, mergeConfig, requiredTridentPackages, type CustomizerConfig } from '../customizer/config.js';
import { isSerialConsole } from '../verify/patterns.js';
import { readUserConfig, writeConfigFile } from '../customizer/files.js';
import { checkCustomizerConfig } from '../customizer/schema.js';
import type { Stage } from '../run/stages.js';
import { writeHostConfigCopy } from '../trident/host-config-copy.js';
import type { Checked } from './check.js';

export interface PreparedConfig {
  configHostPath: string;
  configContainerPath: string;
  /** Host folder mounted read-only at /config. */
  configDir: string;
  /** The copy the ISO carries ('' without host-config). */
  hostConfigPath: string;
  /** What the RPMs must provide for this config. */
  requiredPackages: string[];
}

/** The configs, with what the checks read: the COSI's metadata SHA-384 and extra-config. */
export function writeConfig(checked: Checked): Stage<RunContext, PreparedConfig> {
  return async ({ rt, inputs, work, features }, log) => {
    // The ISO carries a copy (mounted with the config), never the user's file itself.
    const hostConfigPath = inputs.hostConfig ? path.join(work.config, 'host-config.yaml') : '';
    if (inputs.hostConfig) {
      const cosiSha384 = checked.cosi?.metadataSha384;
      const { changed } = await writeHostConfigCopy(inputs.hostConfig, hostConfigPath, {
        mode: inputs.hostConfigImage,
        cosiDestination: inputs.cosiDestination,
        ...(cosiSha384 ? { cosiSha384 } : {}),
      });
      log(
        changed
          ? `Host config copy with image.url and image.sha384 of the COSI: ${hostConfigPath}`
          : `Host config copied as given: ${hostConfigPath}`,
      );
    }

    let config: CustomizerConfig;
    let configHostPath: string;
    if (inputs.config) {
      config = await readUserConfig(inputs.config);
      configHostPath = inputs.config;
    } else {
      const generated = buildCustomizerConfig({
        hostname: inputs.hostname,
        packages: inputs.packages,
        services: inputs.services,
        kernelCommandLine: inputs.kernelCommandLine,
        selinuxMode: inputs.selinuxMode,
        ...(inputs.hostConfig ? { hostConfigSource: path.basename(hostConfigPath) } : {}),
        ...(inputs.cosi ? { cosi: { source: `${IN_CONTAINER.cosiDir}/${path.basename(inputs.cosi)}`, destination: inputs.cosiDestination } } : {}),
      });
      config = checked.extraConfig ? mergeConfig(generated, checked.extraConfig) : generated;
      configHostPath = path.join(work.config, 'ic-config.yaml');
      await writeConfigFile(configHostPath, config);
    }

    // verify reads the serial console: the last console= of the live OS (iso's arguments come after the OS's) must be it.
    const last = lastConsole(config);
    if (checked.verify && !isSerialConsole(last)) {
      const why = `the live OS's last console= is ${last ?? 'missing'}, so systemd's status lines and Trident's forwarded journal do not reach the serial console that verify reads; put console=ttyS0 last (os.kernelCommandLine or iso.kernelCommandLine extraCommandLine).`;
      if (inputs.config) rt.warning({ message: `verify: ${why}` });
      else throw new InputError('extra-config', why);
    }

    const problems = checkCustomizerConfig(config, features);
    if (problems.length > 0) {
      const message =
        `the Image Customizer config is not valid for Image Customizer ${features.version}:\n` +
        problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
      // Only what the user wrote can make it invalid: name that input.
      if (inputs.config || inputs.extraConfig) throw new InputError(inputs.config ? 'config' : 'extra-config', message);
      throw new Error(`The generated config is invalid (a bug in the action): ${message}`);
    }
    log(`Image Customizer config (${features.schema} schema: valid): ${configHostPath}`);
    return {
      configHostPath,
      configContainerPath: `${IN_CONTAINER.config}/${path.basename(configHostPath)}`,
      configDir: path.dirname(configHostPath),
      hostConfigPath,
      requiredPackages: inputs.rpms.kind === 'distro' ? [] : requiredTridentPackages(config),
    };
  };
}
