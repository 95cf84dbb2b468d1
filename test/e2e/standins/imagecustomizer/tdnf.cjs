// A model of `tdnf install` as Image Customizer runs it in the image
// (microsoft/azure-linux-image-tools toolkit/tools/pkg/imagecustomizerlib/
// customizepackages.go: `tdnf -v install --assumeyes --cacheonly --setopt
// reposdir=/_localrpms <packages>`, names passed through unchanged), over the
// repo list that rpmsourcesmounts.go builds (the base image's
// /etc/yum.repos.d sections first, then each --rpm-source).
//
// Resolution follows vmware/tdnf v3.5.8 and the libsolv it calls:
// - install specs (client/resolve.c TDNFPrepareSinglePkg, solv/tdnfpackage.c
//   SolvFindHighestAvailable, solv/tdnfquery.c SolvFindAvailablePkgByName):
//   an exact name first; else libsolv selection_make (src/selection.c) with
//   NAME, PROVIDES, GLOB, CANON (name-version matches any release of that
//   version, name-version-release the exact one, optionally .arch), DOTARCH
//   (name.arch) and REL (name=evr, name>=evr, ...), then case-insensitively;
//   no match → "<spec> package not found or not installed", Error(1011).
// - the best candidate (libsolv src/policy.c pool_best_solvables): the repos
//   of the best priority first (tdnf >= 3.5.8 reads `priority=`, lower is
//   preferred, default 50: client/repo.c, common/config.h), then arch, then
//   the highest EVR (evr.cjs); equal ones: the repo loaded first.
// - the chosen package is installed by id; its Requires (pre/post scriptlet
//   ones included, erase-only ones not), rich ones such as
//   `(trident-selinux = V-R if selinux-policy-targeted)` evaluated against
//   what will be installed, are satisfied from what is installed or chosen,
//   else by the best provider; Recommends are installed when they can be
//   (libsolv's default; tdnf sets no SOLVER_FLAG_IGNORE_RECOMMENDED,
//   client/goal.c); Suggests never. Problems are reported as tdnf does
//   (solv/tdnfpackage.c SolvReportProblems; libsolv's problem texts).
// - output (tools/cli/lib/installcmd.c PrintAction): "Installing:" /
//   "Upgrading:" rows of name, arch, [epoch:]version-release, repo, size.
// Differences: repositories are read from their RPM files (no repodata);
// the dependencies of packages already installed are not re-checked;
// Obsoletes are not applied.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { readRpm } = require('./rpm.cjs');
const { evrCompare, parseEvr, pkgEvr, evrString, rangesOverlap, depString, rpmvercmp, SENSE } = require('./evr.cjs');

// The machine's arch, as tdnf takes it when the config sets none: uname's
// machine (vmware/tdnf client/config.c, common/utils.c TDNFGetKernelArch).
// In the arm64 stand-in image this process runs as arm64 (under QEMU), so it is aarch64.
const MACHINE_ARCH = require('node:os').machine();
const MACHINE_ARCHES = [MACHINE_ARCH, 'noarch'];
const KNOWN_ARCHES = ['x86_64', 'noarch', 'aarch64', 'i686', 'i586', 'i386', 'armv7hl', 'ppc64le', 's390x', 'src'];
const DEFAULT_PRIORITY = 50;
const RPMSENSE_RPMLIB = 1 << 24;
const SCRIPT_PRE = 1 << 9;
const SCRIPT_POST = 1 << 10;
const SCRIPT_PREUN = 1 << 11;
const SCRIPT_POSTUN = 1 << 12;

class TdnfError extends Error {
  constructor(lines, code) {
    super(lines.join('\n'));
    this.lines = lines;
    this.code = code;
  }
}

/** Parses .repo (INI) text: [{ id, keys }]. */
function parseRepoFile(text) {
  const sections = [];
  let cur;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const sec = /^\[(.+)\]$/.exec(line);
    if (sec) {
      cur = { id: sec[1].trim(), keys: {} };
      sections.push(cur);
    } else if (cur) {
      const eq = line.indexOf('=');
      if (eq > 0) cur.keys[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
  }
  return sections;
}

const pkgId = (p) => `${p.name}-${evrString(p)}.${p.arch}`;

/** Adds the implicit self-provide when a record lacks it. */
function withSelfProvide(p) {
  const provides = p.provides || [];
  if (!provides.some((d) => d.name === p.name)) provides.push({ name: p.name, flags: 8, version: evrString(p) });
  return { ...p, provides };
}

// ------------------------------------------------------------------ rich dependencies

function tokenize(s) {
  return s.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').split(/\s+/).filter(Boolean);
}

const RICH_OPS = ['and', 'or', 'if', 'else', 'unless', 'with', 'without'];

/** Parses a rich dependency "(...)" into a tree of { op, args } and { dep: {name, flags, version} }. */
function parseRich(text) {
  const tokens = tokenize(text);
  let i = 0;
  const simple = () => {
    const name = tokens[i++];
    const opTok = tokens[i];
    if (['=', '==', '<', '>', '<=', '>='].includes(opTok)) {
      i++;
      const version = tokens[i++];
      const flags = { '=': 8, '==': 8, '<': 2, '>': 4, '<=': 10, '>=': 12 }[opTok];
      return { dep: { name, flags, version } };
    }
    return { dep: { name, flags: 0, version: '' } };
  };
  const group = () => {
    if (tokens[i] !== '(') return simple();
    i++;
    const terms = [group()];
    const ops = [];
    while (tokens[i] !== ')' && i < tokens.length) {
      const op = tokens[i++];
      if (!RICH_OPS.includes(op)) throw new Error(`bad rich dependency ${text}`);
      ops.push(op);
      terms.push(group());
    }
    i++;
    if (ops.length === 0) return terms[0];
    if (ops[0] === 'if' || ops[0] === 'unless') return { op: ops[0], args: terms, hasElse: ops[1] === 'else' };
    return { op: ops[0], args: terms };
  };
  return group();
}

// ------------------------------------------------------------------ the sack

class Sack {
  /**
   * installed: rpmdb records; repos: [{ id, name, priority, dir }] in load order.
   * priorities: tdnf >= 3.5.8 honours `priority=`.
   */
  constructor(installed, repos, { priorities }) {
    this.installed = new Map(installed.map((p) => [p.name, withSelfProvide({ ...p, repo: '@System' })]));
    this.repos = repos.map((r, order) => ({ ...r, order, priority: priorities ? r.priority : DEFAULT_PRIORITY }));
    this.available = [];
    for (const repo of this.repos) {
      let files = [];
      try {
        files = fs.readdirSync(repo.dir, { recursive: true }).filter((f) => String(f).endsWith('.rpm'));
      } catch (e) {
        throw new TdnfError([`Error: Failed to read repo ${repo.id} (${repo.dir}): ${e.message}`], 1);
      }
      for (const f of files.sort()) {
        const p = withSelfProvide(readRpm(path.join(repo.dir, String(f))));
        p.repo = repo.id;
        p.repoOrder = repo.order;
        p.priority = repo.priority;
        this.available.push(p);
      }
    }
  }

  compatible(p) {
    return MACHINE_ARCHES.includes(p.arch);
  }

  /** pool_best_solvables: best priority, then arch, then the highest EVR; ties by repo order. */
  best(cands) {
    const ok = cands.filter((p) => this.compatible(p));
    if (ok.length === 0) return undefined;
    const prio = Math.min(...ok.map((p) => p.priority));
    let pool = ok.filter((p) => p.priority === prio);
    if (pool.some((p) => p.arch !== 'noarch')) {
      // A name in both an arch and noarch keeps the arch one (libsolv prune_to_best_arch).
      const names = new Set(pool.filter((p) => p.arch !== 'noarch').map((p) => p.name));
      pool = pool.filter((p) => p.arch !== 'noarch' || !names.has(p.name));
    }
    return [...pool].sort((a, b) => evrCompare(pkgEvr(b), pkgEvr(a)) || a.repoOrder - b.repoOrder)[0];
  }

  /** Packages providing dep; a file dependency is also provided by a package holding that file. */
  providers(dep, among = this.available) {
    return among.filter(
      (p) =>
        p.provides.some((pr) => pr.name === dep.name && rangesOverlap(pr.flags, pr.version, dep.flags, dep.version)) ||
        (dep.name.startsWith('/') && (p.files || []).includes(dep.name)),
    );
  }

  /** libsolv selection_make over `among` (NAME, PROVIDES, GLOB, CANON, DOTARCH, REL). */
  select(spec, among, nocase) {
    const eq = nocase ? (a, b) => a.toLowerCase() === b.toLowerCase() : (a, b) => a === b;
    const rel = /^(.+?)\s*(<=|>=|==|=|<|>)\s*(\S+)$/.exec(spec);
    if (rel) {
      const flags = { '=': 8, '==': 8, '<': 2, '>': 4, '<=': 10, '>=': 12 }[rel[2]];
      const dep = { name: rel[1], flags, version: rel[3] };
      const byName = among.filter((p) => eq(p.name, dep.name) && rangesOverlap(8, evrString(p), flags, dep.version));
      return byName.length ? byName : this.providers(dep, among);
    }
    if (/[*?[]/.test(spec)) {
      const re = new RegExp(
        `^${spec
          .replace(/[.+^${}()|\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`,
        nocase ? 'i' : '',
      );
      return among.filter((p) => re.test(p.name));
    }
    const byName = among.filter((p) => eq(p.name, spec));
    if (byName.length) return byName;
    const dot = spec.lastIndexOf('.');
    if (dot > 0 && KNOWN_ARCHES.includes(spec.slice(dot + 1))) {
      const byArch = this.select(spec.slice(0, dot), among, nocase).filter((p) => p.arch === spec.slice(dot + 1));
      if (byArch.length) return byArch;
    }
    const provided = among.filter((p) => p.provides.some((pr) => eq(pr.name, spec)));
    if (provided.length) return provided;
    // CANON: name-version (any release), then name-version-release; an .arch suffix may follow.
    let base = spec;
    let arch;
    if (dot > 0 && KNOWN_ARCHES.includes(spec.slice(dot + 1))) {
      base = spec.slice(0, dot);
      arch = spec.slice(dot + 1);
    }
    const archOk = (p) => !arch || p.arch === arch;
    const d1 = base.lastIndexOf('-');
    if (d1 > 0) {
      const name = base.slice(0, d1);
      const version = base.slice(d1 + 1);
      const m = among.filter((p) => eq(p.name, name) && archOk(p) && rpmvercmp(p.version, version) === 0);
      if (m.length) return m;
      const d2 = name.lastIndexOf('-');
      if (d2 > 0) {
        const n2 = name.slice(0, d2);
        const evr = parseEvr(`${name.slice(d2 + 1)}-${version}`);
        const m2 = among.filter((p) => eq(p.name, n2) && archOk(p) && evrCompare(pkgEvr(p), evr) === 0);
        if (m2.length) return m2;
      }
    }
    return [];
  }

  /** SolvFindHighestAvailable: the exact name first, then the selection, then ignoring case. */
  highestAvailable(spec) {
    const exact = this.available.filter((p) => p.name === spec);
    if (exact.length) return this.best(exact);
    const sel = this.select(spec, this.available, false);
    if (sel.length) return this.best(sel);
    return this.best(this.select(spec, this.available, true));
  }

  /** SolvCountPkgByName: does the spec match anything, available or installed? */
  known(spec) {
    const all = [...this.available, ...this.installed.values()];
    return this.select(spec, all, false).length > 0 || this.select(spec, all, true).length > 0;
  }
}

// ------------------------------------------------------------------ solving

/** Is a simple dependency provided by what will be installed? */
function satisfied(dep, selected, sack) {
  if (dep.name.startsWith('rpmlib(')) return true;
  return sack.providers(dep, [...selected.values()]).length > 0;
}

function richSat(node, selected, sack) {
  if (node.dep) return satisfied(node.dep, selected, sack);
  const [a, b, c] = node.args;
  switch (node.op) {
    case 'and':
    case 'with':
      return node.args.every((x) => richSat(x, selected, sack));
    case 'or':
      return node.args.some((x) => richSat(x, selected, sack));
    case 'if':
      return richSat(b, selected, sack) ? richSat(a, selected, sack) : node.hasElse ? richSat(c, selected, sack) : true;
    case 'unless':
      return !richSat(b, selected, sack) ? richSat(a, selected, sack) : node.hasElse ? richSat(c, selected, sack) : true;
    case 'without':
      return richSat(a, selected, sack);
    default:
      return true;
  }
}

/** The clauses (each a list of alternative simple deps) a dependency needs now. */
function clauses(node, selected, sack) {
  if (node.dep) return [[node.dep]];
  const [a, b, c] = node.args;
  switch (node.op) {
    case 'and':
    case 'with':
      return node.args.flatMap((x) => clauses(x, selected, sack));
    case 'or':
      if (node.args.some((x) => richSat(x, selected, sack))) return [];
      return [node.args.flatMap((x) => (x.dep ? [x.dep] : clauses(x, selected, sack)[0] || []))];
    case 'if':
      if (richSat(b, selected, sack)) return clauses(a, selected, sack);
      return node.hasElse ? clauses(c, selected, sack) : [];
    case 'unless':
      if (!richSat(b, selected, sack)) return clauses(a, selected, sack);
      return node.hasElse ? clauses(c, selected, sack) : [];
    case 'without':
      return clauses(a, selected, sack);
    default:
      return [];
  }
}

/** Requires that count for installing (libsolv drops erase-only scriptlet requires and rpmlib() ones). */
function installRequires(p) {
  return (p.requires || []).filter((d) => {
    if (d.flags & RPMSENSE_RPMLIB || d.name.startsWith('rpmlib(')) return false;
    const eraseOnly = d.flags & (SCRIPT_PREUN | SCRIPT_POSTUN) && !(d.flags & (SCRIPT_PRE | SCRIPT_POST));
    return !eraseOnly;
  });
}

/**
 * tdnf install of specs. Returns { messages, install: [pkg], upgrade: [{ pkg, from }] } or throws TdnfError
 * (lines as tdnf prints them on standard error, the exit code).
 */
function install(sack, specs) {
  const messages = [];
  const jobs = [];
  const notFound = [];
  for (const spec of specs) {
    if (!sack.known(spec)) {
      notFound.push(`${spec} package not found or not installed`);
      continue;
    }
    const p = sack.highestAvailable(spec);
    const inst = p && sack.installed.get(p.name);
    if (!p || (inst && evrCompare(pkgEvr(inst), pkgEvr(p)) === 0 && inst.arch === p.arch)) {
      messages.push(`Package ${spec} is already installed.`);
      continue;
    }
    jobs.push({ spec, pkg: p });
  }
  if (notFound.length) throw new TdnfError([...notFound, 'Error(1011) : No matching packages'], 1);
  if (jobs.length === 0) return { messages: [...messages, 'Nothing to do.'], install: [], upgrade: [] };

  const selected = new Map(sack.installed);
  const chosen = new Map(); // name → pkg newly chosen
  const problems = [];
  const choose = (p) => {
    selected.set(p.name, p);
    chosen.set(p.name, p);
  };
  for (const { pkg } of jobs) {
    const other = chosen.get(pkg.name);
    if (other && other !== pkg) problems.push(`cannot install both ${pkgId(other)} and ${pkgId(pkg)}`);
    else choose(pkg);
  }

  const richCache = new Map();
  const rich = (d) => {
    if (!richCache.has(d.name)) richCache.set(d.name, parseRich(d.name));
    return richCache.get(d.name);
  };
  const reported = new Set();
  for (let changed = true; changed && problems.length === 0;) {
    changed = false;
    for (const p of [...chosen.values()]) {
      const needs = [...installRequires(p).map((d) => ({ d, weak: false })), ...(p.recommends || []).map((d) => ({ d, weak: true }))];
      for (const { d, weak } of needs) {
        const node = d.name.startsWith('(') ? rich(d) : { dep: d };
        for (const clause of clauses(node, selected, sack)) {
          if (clause.some((dep) => satisfied(dep, selected, sack))) continue;
          let pick;
          for (const dep of clause) {
            const cands = sack.providers(dep).filter((c) => {
              const have = selected.get(c.name);
              // One version of a name: another chosen one blocks it; an installed one may be replaced.
              return !have || have === c || (!chosen.has(c.name) && sack.installed.get(c.name) === have);
            });
            pick = sack.best(cands);
            if (pick) break;
          }
          if (pick) {
            choose(pick);
            changed = true;
          } else if (!weak) {
            const text = d.name.startsWith('(') ? d.name : clause.map(depString).join(' or ');
            const key = `${pkgId(p)} ${text}`;
            if (reported.has(key)) continue;
            reported.add(key);
            const anyProvider = clause.some((dep) => sack.providers(dep).some((c) => sack.compatible(c)));
            problems.push(
              anyProvider
                ? `package ${pkgId(p)} requires ${text}, but none of the providers can be installed`
                : `nothing provides ${text} needed by ${pkgId(p)}`,
            );
          }
        }
      }
    }
  }
  // Conflicts among what will be installed.
  for (const p of chosen.values()) {
    for (const c of p.conflicts || []) {
      for (const q of sack.providers(c, [...selected.values()])) {
        if (q !== p) problems.push(`package ${pkgId(p)} conflicts with ${depString(c)} provided by ${pkgId(q)}`);
      }
    }
  }
  if (problems.length) {
    throw new TdnfError(
      [
        ...problems.map((t, i) => `${i + 1}. ${t}`),
        `Found ${problems.length} problem(s) while resolving`,
        'Error(1301) : Solv general runtime error',
      ],
      1,
    );
  }
  const install = [];
  const upgrade = [];
  for (const p of chosen.values()) {
    const from = sack.installed.get(p.name);
    if (from) upgrade.push({ pkg: p, from });
    else install.push(p);
  }
  return { messages, install, upgrade };
}

function formatSize(bytes) {
  const units = ['b', 'k', 'M', 'G'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(2)}${units[u]}`;
}

/** The transaction summary as tdnf prints it (PrintAction), as lines. */
function summary(result) {
  const lines = [];
  const row = (p) =>
    `${p.name.padEnd(28)} ${p.arch.padEnd(8)} ${evrString(p).padEnd(44)} ${String(p.repo).padEnd(28)} ${formatSize(p.size || 0).padStart(9)}`;
  if (result.install.length) lines.push('', 'Installing:', ...result.install.map(row));
  if (result.upgrade.length) lines.push('', 'Upgrading:', ...result.upgrade.map((u) => row(u.pkg)));
  const total = [...result.install, ...result.upgrade.map((u) => u.pkg)].reduce((s, p) => s + (p.size || 0), 0);
  lines.push('', `Total installed size: ${formatSize(total)}`);
  return lines;
}

module.exports = { MACHINE_ARCH, Sack, install, summary, parseRepoFile, parseRich, TdnfError, pkgId, DEFAULT_PRIORITY, SENSE };
