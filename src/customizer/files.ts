// Reading and writing Image Customizer config files (YAML, via the yaml package).
import { rename, writeFile } from 'node:fs/promises';
import { Document } from 'yaml';
import { readInputText } from '../context/limits.js';
import { parseYamlMapping } from '../context/yaml.js';
import type { CustomizerConfig } from './config.js';

const HEADER = [
  ' Image Customizer config written by trident-iso-action.',
  ' Paths are as the container sees them: /config is this folder,',
  ' /inputs/cosi holds the COSI (read-only), /rpms the Trident RPMs.',
].join('\n');

/** The config as YAML text, with a note under the header when there is one to make. Pure. */
export function configYaml(config: CustomizerConfig, note?: string): string {
  const doc = new Document(config);
  doc.commentBefore = note ? `${HEADER}\n${note.replace(/^/gm, ' ')}` : HEADER;
  return doc.toString({ lineWidth: 0 });
}

export async function writeConfigFile(file: string, config: CustomizerConfig, note?: string): Promise<void> {
  await writeFile(file, configYaml(config, note), { flag: 'wx' });
}

/** Replaces a config the action wrote earlier in its own folder (never a user's file): a new file renamed over it. */
export async function replaceConfigFile(file: string, config: CustomizerConfig): Promise<void> {
  const next = `${file}.next`;
  await writeFile(next, configYaml(config), { flag: 'wx' });
  await rename(next, file);
}

export async function readUserConfig(file: string): Promise<CustomizerConfig> {
  return parseYamlMapping(await readInputText('config', file, 'customizerConfig'), 'config', file);
}
