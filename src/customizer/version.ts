// What differs between Image Customizer versions, as far as the action cares.
// (microsoft/azure-linux-image-tools, toolkit/tools/imagecustomizer/container/entrypoint.sh
// by tag: the command word up to 0.17, the /dev mount up to 1.4; --disable-telemetry from 0.16.)

/** The newest behaviour we know; assumed when the version cannot be told. */
export const NEWEST_KNOWN = '1.6.0';

export interface CustomizerFeatures {
  version: string;
  /** Up to 0.17 the container's first argument must be `imagecustomizer`. */
  needsCommandArgument: boolean;
  /** Up to 1.4 the container needs `-v /dev:/dev`; from 1.5 it mounts devtmpfs itself. */
  needsDevMount: boolean;
  /** `--disable-telemetry` exists from 0.16. */
  hasDisableTelemetry: boolean;
  /** Which bundled config schema applies. */
  schema: '0.18.0' | '1.6.0';
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function customizerFeatures(version: string): CustomizerFeatures {
  const atLeast = (v: string) => compareVersions(version, v) >= 0;
  return {
    version,
    needsCommandArgument: !atLeast('0.18.0'),
    needsDevMount: !atLeast('1.5.0'),
    hasDisableTelemetry: atLeast('0.16.0'),
    // The 1.x schema adds keys; 0.x versions are checked against the 0.18 one.
    schema: atLeast('1.0.0') ? '1.6.0' : '0.18.0',
  };
}
