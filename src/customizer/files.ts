// Reading and writing Image Customizer config files (YAML, via the yaml package).
// Synchronous writes: configs are a few kilobytes, and an async write is a round trip to libuv's thread pool.
import { renameSync, writeFileSync } from 'node:fs';
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

export function writeConfigFile(file: string, config: CustomizerConfig, note?: string): void {
  writeFileSync(file, configYaml(config, note), { flag: 'wx' });
}

/** Replaces a config the action wrote earlier in its own folder (never a user's file): a new file renamed over it. */
export function replaceConfigFile(file: string, config: CustomizerConfig): void {
  const next = `${file}.next`;
  writeFileSync(next, configYaml(config), { flag: 'wx' });
  renameSync(next, file);
}

export function readUserConfig(file: string): CustomizerConfig {
  return parseYamlMapping(readInputText('config', file, 'customizerConfig'), 'config', file);
}
