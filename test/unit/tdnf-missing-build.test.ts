// Image Customizer's log, read for tdnf saying it found no pinned Trident
// build (issue 10, defect 1): the lines tdnf and libsolv print
// (vmware/tdnf v3.5.8 client/resolve.c, tools/cli/lib/installcmd.c;
// openSUSE/libsolv src/problems.c), with and without ANSI escapes.
import { beforeAll, describe, expect, it } from 'vitest';
import { missingPinnedBuild } from '../../src/stages/customize.js';
import type { RpmSet } from '../../src/trident/rpm-set.js';
import { readRpms } from '../../src/trident/rpm-sources.js';
import { cachedTridentRpms } from '../support/rpmbuild.cjs';

const V = '0.27.0-dev.2026080799.v95639188c.azl3';
let set: RpmSet;
beforeAll(async () => {
  set = { packages: await readRpms(cachedTridentRpms()), tridentVersion: V };
});

describe('missingPinnedBuild', () => {
  it.each([
    [`trident-install-service-${V} package not found or not installed`, `trident-install-service-${V}`],
    [`time="x" level=debug msg="trident-${V} package not found or not installed"`, `trident-${V}`],
    [`No package \x1b[1m\x1b[30mtrident-${V} \x1b[0mavailable`, `trident-${V}`],
    [`No package trident-selinux-${V} available`, `trident-selinux-${V}`],
    [`Error: nothing provides trident-selinux = ${V} needed by trident-${V}.x86_64`, `trident-selinux-${V}`],
  ])('%s', (line, build) => {
    expect(missingPinnedBuild(line, set)).toBe(build);
  });

  it('ignores other packages, other builds and other lines', () => {
    expect(missingPinnedBuild('vim package not found or not installed', set)).toBeUndefined();
    expect(missingPinnedBuild('trident-0.26.0-2.azl3 package not found or not installed', set)).toBeUndefined();
    expect(missingPinnedBuild(`Installing: trident-${V}.x86_64`, set)).toBeUndefined();
  });
});
