// Reading and writing Image Customizer config files (YAML, via the yaml package).
import { readFile, writeFile } from 'node:fs/promises';
import { Document } from 'yaml';
import { parseYamlMapping } from '../context/yaml.js';
import type { CustomizerConfig } from './config.js';

const HEADER = [
  ' Image Customizer config written by trident-iso-action.',
  ' Paths are as the container sees them: /config is this folder,',
  ' /inputs/cosi holds the COSI (read-only), /rpms the Trident RPMs.',
].join('\n');

/** The config as YAML text. Pure. */
export function configYaml(config: CustomizerConfig): string {
  const doc = new Document(config);
  doc.commentBefore = HEADER;
  return doc.toString({ lineWidth: 0 });
}

export async function writeConfigFile(file: string, config: CustomizerConfig): Promise<void> {
  await writeFile(file, configYaml(config), { flag: 'wx' });
}

export async function readUserConfig(file: string): Promise<CustomizerConfig> {
  return parseYamlMapping(await readFile(file, 'utf8'), 'config', file);
}
