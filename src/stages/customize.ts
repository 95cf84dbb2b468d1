// Stage 4: Image Customizer in its privileged container, with just what the
// build needs mounted (never the whole host; the user's files read-only).
import type { RunContext } from '../context/run-context.js';
import { containerArgv } from '../customizer/argv.js';
import type { Stage } from '../run/stages.js';
import { CommandError } from '../tools/exec.js';
import { runContainer } from '../tools/engine.js';
import { evrOf, type RpmSet } from '../trident/rpm-set.js';
import { pinnedSpec } from '../trident/trident-packages.js';
import type { BaseImage } from './base-image.js';
import { containerSpec } from './commands.js';
import type { PreparedConfig } from './config.js';

/**
 * The line of Image Customizer's log where tdnf says it could not find one
 * of the pinned Trident builds, or undefined. tdnf prints "<spec> package not
 * found or not installed" (vmware/tdnf v3.5.8 client/resolve.c) or "No package
 * <spec> available" (tools/cli/lib/installcmd.c); libsolv "nothing provides
 * <dep> needed by <package>" (src/problems.c). Pure.
 */
export function missingPinnedBuild(line: string, rpms: RpmSet): string | undefined {
  // tdnf's "No package" line makes the name bold with ANSI escapes: read the line without them.
  // eslint-disable-next-line no-control-regex
  const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
  for (const rpm of rpms.packages) {
    const pin = pinnedSpec(rpm);
    if (plain.includes(`${pin} package not found or not installed`) || plain.includes(`No package ${pin} available`)) return pin;
    if (plain.includes(`nothing provides ${rpm.name} = ${evrOf(rpm)}`)) return pin;
  }
  return undefined;
}

/** Image Customizer's run; onStarted is called once its container's process has started. */
export function customize(config: PreparedConfig, base: BaseImage, rpms: RpmSet, onStarted?: () => void): Stage<RunContext, void> {
  return async (ctx, log, signal) => {
    const spec = containerSpec(ctx, config, base.file, rpms.dir);
    const argv = containerArgv(spec);
    log(`Running: ${argv.join(' ')}`);
    const missing: { build: string; line: string }[] = [];
    const onLine = (line: string) => {
      log(line);
      const build = missingPinnedBuild(line, rpms);
      if (build && missing.length < 10) missing.push({ build, line });
    };
    await runContainer(ctx.exec, { argv, engine: spec.engine, name: spec.name, onLine, ...(onStarted ? { onStarted } : {}), signal }).catch(
      (error: unknown) => {
        if (!(error instanceof CommandError)) throw error;
        const tail = `The last lines of its log:\n${error.tail.join('\n')}`;
        if (missing.length > 0) {
          throw new Error(
            `Image Customizer failed (exit code ${error.exitCode}): tdnf in the base image could not find the Trident build the config pins, ${[...new Set(missing.map((m) => m.build))].join(', ')}, ` +
              `among the RPMs given (--rpm-source). It did not install another Trident instead. tdnf said: ${missing[0]?.line.trim() ?? ''}\n${tail}`,
          );
        }
        throw new Error(`Image Customizer failed (exit code ${error.exitCode}). ${tail}`);
      },
    );
  };
}
