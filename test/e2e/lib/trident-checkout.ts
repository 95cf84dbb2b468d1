// A stand-in for a Trident checkout: a git repository whose Makefile target
// `bin/trident-rpms.tar.gz` builds REAL RPMs with rpmbuild from a spec that
// mirrors Trident's packaging/rpm/trident.spec (lib/trident-spec.ts), named
// and versioned as Trident's Makefile names them (release
// dev.<yyyymmdd>99.v<short-sha>.azl3, Makefile target `version-vars`):
// trident, trident-provisioning, trident-service, trident-install-service,
// trident-static-pcrlock-files, trident-acl-agent for x86_64, and
// trident-selinux noarch. It packs them as RPMS/<arch>/*.rpm and unpacks them
// into bin/RPMS/. /usr/bin/trident is the Trident stand-in (standins/trident).
// (The real build compiles with cargo and packs in a container; this takes
// well under a second.)
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exec } from './proc.js';
import { tridentSpec, TRIDENT_UNITS } from './trident-spec.js';

export const TRIDENT_VERSION = '0.27.0';
export const TRIDENT_STAMP = '2026080799';

export const X86_64_PACKAGES = [
  'trident',
  'trident-provisioning',
  'trident-service',
  'trident-install-service',
  'trident-static-pcrlock-files',
  'trident-acl-agent',
] as const;
export const NOARCH_PACKAGES = ['trident-selinux'] as const;

const MAKEFILE = `# Stand-in for Trident's Makefile (end-to-end test fixture). The real target
# builds trident with cargo and the RPMs in a container from
# packaging/rpm/trident.spec, with Version/Release replaced by the build's
# (packaging/docker/Dockerfile.azl) and trident_version/rpm_ver defined. This
# one does the same with rpmbuild on the host; trident is the stand-in.
STAMP ?= ${TRIDENT_STAMP}
COMMIT := $(shell git rev-parse --short=9 HEAD 2>/dev/null || echo 000000000)
TRIDENT_CARGO_VERSION := ${TRIDENT_VERSION}
TRIDENT_PREVIEW_VERSION := dev.$(STAMP).v$(COMMIT).azl3

.PHONY: all clean
all: bin/trident-rpms.tar.gz

bin/trident-rpms.tar.gz: packaging/rpm/trident.spec packaging/trident $(wildcard packaging/systemd/*)
\trm -rf bin/rpmbuild bin/RPMS
\tmkdir -p bin/rpmbuild
\tsed -e "s/^Version:.*/Version:        $(TRIDENT_CARGO_VERSION)/" -e "s/^Release:.*/Release:        $(TRIDENT_PREVIEW_VERSION)/" packaging/rpm/trident.spec > bin/rpmbuild/trident.spec
\trpmbuild -bb --quiet --target x86_64 \\
\t  --define "_topdir $(CURDIR)/bin/rpmbuild" \\
\t  --define "_sourcedir $(CURDIR)/packaging" \\
\t  --define "trident_version $(TRIDENT_CARGO_VERSION)-$(TRIDENT_PREVIEW_VERSION)" \\
\t  --define "rpm_ver $(TRIDENT_CARGO_VERSION)" \\
\t  --define "rpm_rel $(TRIDENT_PREVIEW_VERSION)" \\
\t  bin/rpmbuild/trident.spec
\ttar -C bin/rpmbuild --owner=0 --group=0 --numeric-owner -czf $@ RPMS
\trm -rf bin/rpmbuild
\ttar -C bin -xzf $@
\t@echo "Built $$(tar -tzf $@ | grep -c '\\.rpm$$') RPMs into $@"

clean:
\trm -rf bin
`;

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.invalid',
  GIT_COMMITTER_NAME: 'e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

/**
 * Writes the checkout into dir as a git repository with one commit. Returns its commit.
 * tridentProgram: the bundled Trident stand-in (lib/bundle.ts), /usr/bin/trident in the RPM.
 */
export async function createTridentCheckout(dir: string, tridentProgram: string): Promise<string> {
  mkdirSync(path.join(dir, 'packaging', 'systemd'), { recursive: true });
  mkdirSync(path.join(dir, 'packaging', 'rpm'), { recursive: true });
  writeFileSync(path.join(dir, 'Makefile'), MAKEFILE);
  writeFileSync(path.join(dir, 'packaging', 'rpm', 'trident.spec'), tridentSpec({ version: '0.1.0', release: '1', distro: false }));
  for (const [name, text] of Object.entries(TRIDENT_UNITS)) writeFileSync(path.join(dir, 'packaging', 'systemd', name), text);
  copyFileSync(tridentProgram, path.join(dir, 'packaging', 'trident'));
  chmodSync(path.join(dir, 'packaging', 'trident'), 0o755);
  writeFileSync(path.join(dir, '.gitignore'), 'bin/\n');
  writeFileSync(
    path.join(dir, 'Cargo.toml'),
    `[workspace]\n# e2e stand-in for a Trident checkout\n[workspace.package]\nversion = "${TRIDENT_VERSION}"\n`,
  );
  writeFileSync(path.join(dir, 'README.md'), 'Stand-in for a Trident checkout (trident-iso-action end-to-end tests).\n');
  const env = { ...process.env, ...GIT_ENV };
  await exec(['git', 'init', '-q', '-b', 'main', dir], { env });
  await exec(['git', '-C', dir, 'add', '-A'], { env });
  await exec(['git', '-C', dir, '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'Trident stand-in'], { env });
  return (await exec(['git', '-C', dir, 'rev-parse', 'HEAD'])).stdout.trim();
}

/** A fresh clone of the checkout (each scenario builds in its own). */
export async function cloneCheckout(from: string, to: string): Promise<void> {
  await exec(['git', 'clone', '-q', from, to]);
}

/** version-release as the RPM file names carry it, for a checkout at commit. */
export function tridentVersionRelease(commit: string): string {
  return `${TRIDENT_VERSION}-dev.${TRIDENT_STAMP}.v${commit.slice(0, 9)}.azl3`;
}

/** The file names `make` produces, by arch directory. */
export function expectedRpmFiles(commit: string): string[] {
  const vr = tridentVersionRelease(commit);
  return [...X86_64_PACKAGES.map((n) => `${n}-${vr}.x86_64.rpm`), ...NOARCH_PACKAGES.map((n) => `${n}-${vr}.noarch.rpm`)].sort();
}
