// The Image Customizer container as argv: where things appear inside it, its
// mounts, and the full `<engine> run ...` for each engine and Image Customizer
// version. Pure, so validate-only prints exactly what a run starts.
import type { ContainerEngine, LogLevel } from '../context/input-types.js';
import type { Platform } from '../context/platform.js';
import type { CustomizerFeatures } from './version.js';

/** Where things appear inside the container. */
export const IN_CONTAINER = {
  config: '/config',
  cosiDir: '/inputs/cosi',
  baseDir: '/inputs/base',
  rpms: '/rpms',
  build: '/build',
  output: '/output',
} as const;

export interface Mount {
  host: string;
  container: string;
  readOnly: boolean;
}

export interface ContainerSpec {
  engine: ContainerEngine;
  platform: Platform;
  /** Named so that a cancelled job's post step can remove it. */
  name: string;
  image: string;
  features: CustomizerFeatures;
  mounts: readonly Mount[];
  /** Paths inside the container. */
  configFile: string;
  imageFile: string;
  rpmSource?: string;
  outputFile: string;
  logLevel: LogLevel;
}

/** The full argv of `<engine> run ...` for Image Customizer. */
export function containerArgv(spec: ContainerSpec): string[] {
  const argv = [spec.engine, 'run', '--rm', '--privileged', '--name', spec.name, '--platform', spec.platform];
  // Image Customizer needs the host's loop devices; before 1.5 it relies on the host /dev.
  if (spec.features.needsDevMount) argv.push('-v', '/dev:/dev');
  for (const m of spec.mounts) argv.push('-v', `${m.host}:${m.container}${m.readOnly ? ':ro' : ''}`);
  // `--` ends the engine's options (docker and podman parse with cobra/pflag): the image is never read as one.
  argv.push('--', spec.image);
  if (spec.features.needsCommandArgument) argv.push('imagecustomizer');
  argv.push('--log-level', spec.logLevel);
  argv.push('--build-dir', IN_CONTAINER.build);
  argv.push('--image-file', spec.imageFile);
  argv.push('--config-file', spec.configFile);
  if (spec.rpmSource) argv.push('--rpm-source', spec.rpmSource);
  argv.push('--output-image-file', spec.outputFile);
  argv.push('--output-image-format', 'iso');
  // The action never sends telemetry on the user's behalf.
  if (spec.features.hasDisableTelemetry) argv.push('--disable-telemetry');
  return argv;
}

/** A host path that `-v host:container[:ro]` cannot express. */
export function unmountablePath(hostPath: string): boolean {
  return hostPath.includes(':');
}
