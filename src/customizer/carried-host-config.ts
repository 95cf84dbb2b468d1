// The host config a user's own Image Customizer config puts into the live OS:
// the os.additionalFiles entry whose destination is /etc/trident/config.yaml
// (a file relative to the config's folder, or inline content). The action
// reads it only to know which tools the live OS needs.
import path from 'node:path';
import { errorMessage } from '../context/errors.js';
import { readBounded } from '../context/limits.js';
import { isMapping, parseBoundedYaml } from '../context/yaml.js';
import { HOST_CONFIG_DESTINATION, type CustomizerConfig } from './config.js';

/** `bytes`: what Image Customizer writes to /etc/trident/config.yaml (the content as UTF-8, or the source file's bytes). */
export type CarriedHostConfig =
  { found: false } | { found: true; where: string; value: unknown; bytes: Buffer } | { found: true; where: string; error: string };

export function carriedHostConfig(config: CustomizerConfig, configDir: string): CarriedHostConfig {
  const files = Array.isArray(config.os?.additionalFiles) ? (config.os.additionalFiles as unknown[]) : [];
  const index = files.findIndex(
    (f) => isMapping(f) && typeof f.destination === 'string' && path.posix.normalize(f.destination) === HOST_CONFIG_DESTINATION,
  );
  const entry = files[index];
  if (!isMapping(entry)) return { found: false };
  const where = `/os/additionalFiles/${index}`;
  let bytes: Buffer;
  if (typeof entry.content === 'string') bytes = Buffer.from(entry.content, 'utf8');
  else if (typeof entry.source === 'string') {
    try {
      bytes = readBounded(path.resolve(configDir, entry.source), 'hostConfig');
    } catch (error) {
      return { found: true, where, error: `cannot read ${entry.source}: ${errorMessage(error)}` };
    }
  } else return { found: false };
  try {
    return { found: true, where, value: parseBoundedYaml(bytes.toString('utf8')), bytes };
  } catch (error) {
    return { found: true, where, error: `is not valid YAML: ${errorMessage(error).split('\n')[0] ?? ''}` };
  }
}
