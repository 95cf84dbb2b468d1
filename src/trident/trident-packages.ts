// Which Trident the ISO gets. Image Customizer puts the base image's
// repositories and --rpm-source side by side, and tdnf takes the highest
// version-release across them (no repo has a priority: vmware/tdnf v3.5.8
// client/repo.c, microsoft/azurelinux 3.0 SPECS/azurelinux-repos): a checkout
// build's release `dev.<date>99.v<sha>.azl3` (microsoft/trident Makefile,
// version-vars) sorts below a distro release such as `2.azl3`, so an unpinned
// `trident-install-service` can bring the distro's Trident. Every Trident
// package the ISO installs from the RPMs given is therefore pinned to the
// exact build, `name-version-release` (see install-spec.ts): the generated
// config is written so, a user's config must say so. Pure.
import { specTargets, sameBuild } from './install-spec.js';
import type { RpmFile, RpmSet } from './rpm-set.js';

/** Trident's packages (microsoft/trident packaging/rpm/trident.spec). */
export const TRIDENT_PACKAGE_NAMES = [
  'trident',
  'trident-provisioning',
  'trident-service',
  'trident-install-service',
  'trident-static-pcrlock-files',
  'trident-acl-agent',
  'trident-selinux',
] as const;

/**
 * Provides of Azure Linux packages that the conditions of Trident's rich
 * dependencies name: selinux-policy provides selinux-policy-targeted
 * (microsoft/azurelinux 3.0 SPECS/selinux-policy/selinux-policy.spec).
 */
const PROVIDED_BY: Readonly<Record<string, readonly string[]>> = { 'selinux-policy-targeted': ['selinux-policy'] };

/** The spec that installs exactly this build. */
export function pinnedSpec(rpm: Pick<RpmFile, 'name' | 'version' | 'release'>): string {
  return `${rpm.name}-${rpm.version}-${rpm.release}`;
}

/** A Requires of the form `(A [op evr] if B)`: A is needed when B is installed. */
export interface ConditionalRequire {
  package: string;
  condition: string;
  /** The dependency as the header holds it. */
  text: string;
}

const CONDITIONAL = /^\(\s*([^\s()]+)(?:\s*(?:<=|>=|=|<|>)\s*[^\s()]+)?\s+if\s+([^\s()]+)\s*\)$/;

/** The conditional Requires of an RPM (trident.spec: `(trident-selinux = V-R if selinux-policy-targeted)`). */
export function conditionalRequires(rpm: Pick<RpmFile, 'requires'>): ConditionalRequire[] {
  return rpm.requires.flatMap((r) => {
    const match = CONDITIONAL.exec(r.name);
    return match ? [{ package: match[1] ?? '', condition: match[2] ?? '', text: r.name }] : [];
  });
}

/** One install list and where it is, for messages (`os.packages.install`, a list file). */
export interface PackageList {
  where: string;
  specs: readonly string[];
  /** `update` lists (os.packages.update, updateLists) upgrade what is installed; the rest install. */
  action?: 'install' | 'update';
}

/** The names tdnf could take Trident from: Trident's packages and whatever else the trident build holds. */
export function tridentNames(set: Pick<RpmSet, 'packages'>): Set<string> {
  const trident = set.packages.find((p) => p.name === 'trident');
  const sameBuild = set.packages.filter((p) => trident?.sourceRpm !== undefined && p.sourceRpm === trident.sourceRpm).map((p) => p.name);
  return new Set([...TRIDENT_PACKAGE_NAMES, ...sameBuild]);
}

/** Names a spec may install (its bare name, the part before a version or a relation), for rich dependencies' conditions and tool checks. */
export function specNames(spec: string): string[] {
  const bare = spec.trim().replace(/\.(x86_64|aarch64|noarch)$/, '');
  const beforeVersion = /^(.+?)-\d/.exec(bare)?.[1];
  const beforeRelation = /^([^\s<>=]+)\s*[<>=]/.exec(bare)?.[1];
  return [bare, ...(beforeVersion ? [beforeVersion] : []), ...(beforeRelation ? [beforeRelation] : [])];
}

/** Whether the lists install something that provides `condition`. */
function installs(condition: string, specs: readonly string[]): string | undefined {
  const providers = [condition, ...(PROVIDED_BY[condition] ?? [])];
  return specs.find((spec) => specNames(spec).some((name) => providers.includes(name)));
}

/** What the RPMs must hold for these lists, and why each is there. */
export interface Requirement {
  name: string;
  why: string;
}

/** A finding about the install lists or the RPM set: `rpms` is the RPM input (trident-rpms or trident-source). */
export interface PackageProblem {
  about: 'lists' | 'rpms';
  message: string;
  /** The spec it is about, when one is. */
  spec?: string;
}

function requirements(specs: readonly string[], set: Pick<RpmSet, 'packages'>, installedTrident: readonly string[]): Requirement[] {
  if (installedTrident.length === 0) return [];
  const out: Requirement[] = installedTrident.map((name) => ({ name, why: 'the ISO installs it' }));
  if (!installedTrident.includes('trident')) out.push({ name: 'trident', why: `${installedTrident.join(', ')} require it` });
  const trident = set.packages.find((p) => p.name === 'trident');
  for (const rule of trident ? conditionalRequires(trident) : []) {
    const provider = installs(rule.condition, specs);
    if (provider && !out.some((r) => r.name === rule.package)) {
      out.push({
        name: rule.package,
        why: `trident requires it when ${rule.condition} is installed (${rule.text}), and the ISO installs ${provider}`,
      });
    }
  }
  return out;
}

function missing(required: readonly Requirement[], set: Pick<RpmSet, 'packages'>): PackageProblem[] {
  const have = new Set(set.packages.map((p) => p.name));
  const absent = required.filter((r) => !have.has(r.name));
  if (absent.length === 0) return [];
  return [
    {
      about: 'rpms',
      message:
        `the RPMs lack ${absent.map((r) => `${r.name} (${r.why})`).join('; ')}. Found: ${[...have].sort().join(', ') || 'none'}. ` +
        'Give every RPM that `make bin/trident-rpms.tar.gz` builds, x86_64/aarch64 and noarch alike.',
    },
  ];
}

export interface PinnedList {
  /** The install list with every Trident package pinned, trident and the rich dependencies' packages added. */
  install: string[];
  /** One line per pinned or added package, saying why. */
  lines: string[];
  problems: PackageProblem[];
  /** The Trident packages the ISO installs from the RPMs given (listed, pinned or added), by name. */
  installed: string[];
}

/**
 * The generated config's install list with Trident pinned to the RPMs given.
 * `extra` are specs from list files the action cannot rewrite (they are the
 * user's): they are checked like a user config's lists.
 */
export function pinInstallList(install: readonly string[], set: Pick<RpmSet, 'packages'>, extra: readonly PackageList[] = []): PinnedList {
  const names = tridentNames(set);
  const byName = new Map(set.packages.map((p) => [p.name, p]));
  const lines: string[] = [];
  const problems: PackageProblem[] = [];
  const out: string[] = [];
  const installed: string[] = [];
  for (const spec of install) {
    const targets = specTargets(spec, names);
    if (targets.length === 0) {
      out.push(spec);
      continue;
    }
    for (const { name, pin } of targets) {
      if (!installed.includes(name)) installed.push(name);
      const rpm = byName.get(name);
      if (!rpm) continue; // reported as missing below
      if (pin.kind === 'exact' && !sameBuild(pin.evr, rpm)) {
        problems.push({
          about: 'lists',
          spec,
          message: `asks for '${spec}', but the RPMs given hold ${name} ${rpm.version}-${rpm.release}; ask for '${name}' (the action pins it) or '${pinnedSpec(rpm)}'.`,
        });
        continue;
      }
      const pinned = pinnedSpec(rpm);
      if (!out.includes(pinned)) out.push(pinned);
      lines.push(
        spec === pinned
          ? `${pinned}: pinned already.`
          : `${spec} → ${pinned}: pinned to the RPM given, so no other repository's Trident can be taken.`,
      );
    }
  }
  const lists = checkLists(extra, set, { tridentListed: false });
  problems.push(...lists.problems.filter((p) => p.about === 'lists'));
  for (const name of lists.installed) if (!installed.includes(name)) installed.push(name);
  const specs = [...install, ...extra.flatMap((l) => l.specs)];
  const required = requirements(specs, set, installed);
  for (const r of required) {
    const rpm = byName.get(r.name);
    if (!rpm || installed.includes(r.name)) continue;
    out.push(pinnedSpec(rpm));
    lines.push(`${pinnedSpec(rpm)}: added, because ${r.why}; pinned so tdnf takes this build.`);
  }
  problems.push(...missing(required, set));
  const all = [...installed, ...required.map((r) => r.name).filter((name) => !installed.includes(name))];
  return { install: out, lines, problems, installed: all.filter((name) => byName.has(name)) };
}

/**
 * A user's install lists, checked: every Trident package pinned to the RPMs
 * given, trident itself listed, and the RPMs holding all that is installed.
 */
export function checkLists(
  lists: readonly PackageList[],
  set: Pick<RpmSet, 'packages'>,
  { tridentListed = true }: { tridentListed?: boolean } = {},
): { problems: PackageProblem[]; installed: string[] } {
  const names = tridentNames(set);
  const byName = new Map(set.packages.map((p) => [p.name, p]));
  const problems: PackageProblem[] = [];
  const installed: string[] = [];
  for (const list of lists) {
    for (const spec of list.specs) {
      const targets = specTargets(spec, names);
      for (const { name } of targets) if (!installed.includes(name)) installed.push(name);
      const rpms = targets.map((t) => byName.get(t.name)).filter((r): r is RpmFile => r !== undefined);
      if (targets.length > 1) {
        problems.push({
          about: 'lists',
          spec,
          message: `${list.where} installs '${spec}', which matches ${targets.map((t) => t.name).join(', ')}, each at its highest version in any repository; list them pinned instead: ${rpms.map((r) => `'${pinnedSpec(r)}'`).join(', ') || '(none of them are among the RPMs given)'}.`,
        });
        continue;
      }
      const [target] = targets;
      const rpm = rpms[0];
      if (!target || !rpm) continue;
      if (target.pin.kind === 'exact' && sameBuild(target.pin.evr, rpm)) continue;
      const why =
        target.pin.kind === 'any'
          ? 'which tdnf resolves to the highest version-release in any repository (the base image may hold another Trident)'
          : target.pin.kind === 'partial'
            ? `which leaves the release open (${target.pin.evr}), so tdnf may take another build`
            : `but the RPMs given hold ${rpm.version}-${rpm.release}`;
      problems.push({
        about: 'lists',
        spec,
        message: `${list.where} installs '${spec}', ${why}. Write '${pinnedSpec(rpm)}' to install the RPM given.`,
      });
    }
  }
  const tridentRpm = byName.get('trident');
  if (tridentListed && installed.length > 0 && !installed.includes('trident') && tridentRpm) {
    problems.push({
      about: 'lists',
      message: `${lists[0]?.where ?? 'the config'} installs ${installed.join(', ')} but not trident itself, which they require; tdnf could take it from another repository. Add '${pinnedSpec(tridentRpm)}'.`,
    });
  }
  const required = requirements(
    lists.flatMap((l) => l.specs),
    set,
    installed,
  );
  problems.push(...missing(required, set));
  return { problems, installed };
}
