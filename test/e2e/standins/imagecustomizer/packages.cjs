// Package customization as Image Customizer v0.18.0 does it
// (toolkit/tools/pkg/imagecustomizerlib/customizepackages.go: remove, then
// updateExistingPackages, install, update; tdnf's summary and "Installing/
// Updating:" lines logged at debug level, a failure as "failed to install
// packages (packages=[...])" with tdnf's last error line), over the repos of
// rpmsourcesmounts.go: the base image's /etc/yum.repos.d/*.repo sections (unless
// --disable-base-image-rpm-repos), then each --rpm-source in order; a directory
// gets `createrepo_c --compatibility --update` first (so it must be writable)
// and a section `NN-baseurl-<basename>` with gpgcheck=0 ("GPG signature checking
// disabled for RPM repo (...)"); a .repo file's sections are copied with all
// their keys (priority= included). Resolution: tdnf.cjs. Installing unpacks
// each package's payload into the image and records it in the image's
// installed-package database (the stand-in rpmdb, /var/lib/rpm/standin-rpmdb.json).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { readRpm, payload, cpioEntries } = require('./rpm.cjs');
const { MACHINE_ARCH, Sack, install, summary, parseRepoFile, TdnfError, pkgId, DEFAULT_PRIORITY } = require('./tdnf.cjs');
const { rpmvercmp } = require('./evr.cjs');
const { Fatal, inRoot, writeInRoot, symlinkInRoot } = require('./rootfs.cjs');

const RPMDB = '/var/lib/rpm/standin-rpmdb.json';
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;

function readDb(root) {
  try {
    return JSON.parse(fs.readFileSync(inRoot(root, RPMDB), 'utf8'));
  } catch {
    return [];
  }
}

function writeDb(root, records) {
  writeInRoot(root, RPMDB, JSON.stringify(records, null, 1) + '\n');
}

/** What createrepo_c --update does: read every package, write repodata/ in the directory (which must therefore be writable). */
function createrepo(dir, count, log) {
  for (const f of listRpms(dir)) {
    try {
      readRpm(path.join(dir, f));
    } catch (e) {
      throw new Fatal(`failed to mount RPM sources:\nfailed create RPMs repo from directory (${dir}):\ncreaterepo_c: ${f}: ${e.message}`);
    }
  }
  try {
    fs.mkdirSync(path.join(dir, 'repodata'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'repodata', 'repomd.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<repomd xmlns="http://linux.duke.edu/metadata/repo"><revision>${Date.now()}</revision><!-- e2e stand-in: ${count} packages --></repomd>\n`,
    );
  } catch (e) {
    throw new Fatal(
      `failed to mount RPM sources:\nfailed create RPMs repo from directory (${dir}):\ncreaterepo_c --compatibility --update ${dir} failed: ${e.code === 'EROFS' ? 'Read-only file system' : e.message} (the RPM source must be writable)`,
    );
  }
  log('debug', `createrepo_c --compatibility --update ${dir}: ${count} packages`);
}

function listRpms(dir) {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.rpm'));
}

/** The repo list Image Customizer writes to allrepos.repo: [{ id, dir, priority }]. */
function repoList(root, rpmSources, useBaseRepos, log) {
  const repos = [];
  const fromSections = (sections, resolveDir, origin) => {
    for (const s of sections) {
      if (s.id === 'DEFAULT') throw new Fatal(`rpm repo config files must not contain a default section (${origin})`);
      if (s.keys.enabled !== undefined && !/^(1|true|yes)$/i.test(s.keys.enabled)) continue;
      const baseurl = (s.keys.baseurl || '').replace(/\$basearch/g, MACHINE_ARCH).replace(/\$releasever/g, '3.0');
      const m = /^file:\/\/(\/.*)$/.exec(baseurl);
      if (!m)
        throw new Fatal(
          `failed to refresh tdnf repo metadata: repo (${s.id}) baseurl (${baseurl}) is not reachable from the stand-in (file:// only)`,
        );
      const priority = s.keys.priority !== undefined ? Number(s.keys.priority) : DEFAULT_PRIORITY;
      repos.push({ id: s.id, name: s.keys.name || s.id, dir: resolveDir(m[1]), priority });
    }
  };
  if (useBaseRepos) {
    const dir = inRoot(root, '/etc/yum.repos.d');
    let files = [];
    try {
      files = fs.readdirSync(dir).filter((f) => f.endsWith('.repo'));
    } catch (e) {
      throw new Fatal(`failed to mount RPM sources:\nfailed to read base image's repos directory:\n${e.message}`);
    }
    for (const f of files.sort()) fromSections(parseRepoFile(fs.readFileSync(path.join(dir, f), 'utf8')), (p) => inRoot(root, p), f);
  }
  rpmSources.forEach((src) => {
    if (fs.statSync(src).isDirectory()) {
      createrepo(src, listRpms(src).length, log);
      const id = `${String(repos.length).padStart(2, '0')}-baseurl-${path.basename(src)}`;
      repos.push({ id, name: id, dir: src, priority: DEFAULT_PRIORITY });
      log('info', `GPG signature checking disabled for RPM repo (${src})`);
    } else fromSections(parseRepoFile(fs.readFileSync(src, 'utf8')), (p) => p, src);
  });
  return repos;
}

/** Unpacks a package's payload into root. */
function unpack(root, pkg) {
  for (const e of cpioEntries(payload(pkg))) {
    const type = e.mode & S_IFMT;
    if (type === S_IFDIR) fs.mkdirSync(inRoot(root, e.name), { recursive: true });
    else if (type === S_IFLNK) symlinkInRoot(root, e.name, e.data.toString('utf8'));
    else if (type === S_IFREG) writeInRoot(root, e.name, e.data, e.mode & 0o7777);
  }
}

function record(pkg) {
  return {
    name: pkg.name,
    epoch: pkg.epoch || 0,
    version: pkg.version,
    release: pkg.release,
    arch: pkg.arch,
    repo: pkg.repo,
    provides: pkg.provides,
    requires: pkg.requires,
    files: pkg.files,
  };
}

/** The tdnf version installed in the image (repo priorities need >= 3.5.8). */
function tdnfHonoursPriority(db) {
  const t = db.find((r) => r.name === 'tdnf');
  if (!t) return true;
  const v = rpmvercmp(t.version, '3.5.8');
  return v >= 0;
}

/**
 * Applies os.packages (lists already merged). rpmSources: paths in the container.
 * Returns the packages installed or upgraded (records).
 */
function customizePackages(root, pk, { rpmSources, useBaseRepos, log }) {
  const installList = pk.install || [];
  const updateList = pk.update || [];
  const removeList = pk.remove || [];
  const needSources = installList.length > 0 || updateList.length > 0 || pk.updateExistingPackages;
  let db = readDb(root);
  const arches = new Set(db.filter((r) => r.arch !== 'noarch').map((r) => r.arch));
  if ([...arches].some((a) => a !== MACHINE_ARCH))
    throw new Fatal(
      `failed to run tdnf in the image chroot: exec format error (the image's packages are built for ${[...arches].join(', ')}, the machine is ${MACHINE_ARCH})`,
    );
  let sack;
  if (needSources) sack = new Sack(db, repoList(root, rpmSources, useBaseRepos, log), { priorities: tdnfHonoursPriority(db) });

  if (removeList.length) {
    log('info', `Removing packages: [${removeList.join(' ')}]`);
    for (const name of removeList) {
      const r = db.find((x) => x.name === name);
      if (!r) throw new Fatal(`failed to remove packages (packages=[${removeList.join(' ')}]):\nError(1011) : No matching packages`);
      for (const f of r.files || []) fs.rmSync(inRoot(root, f), { force: true });
      db = db.filter((x) => x !== r);
      log('debug', `Removing: ${pkgId(r)}`);
    }
    writeDb(root, db);
    if (sack) sack = new Sack(db, sack.repos, { priorities: tdnfHonoursPriority(db) });
  }

  const applied = [];
  const runTdnf = (what, specs) => {
    if (specs.length === 0) return;
    log('info', `${what === 'install' ? 'Installing' : 'Updating'} packages: [${specs.join(' ')}]`);
    let result;
    try {
      result = install(sack, specs);
    } catch (e) {
      if (e instanceof TdnfError) {
        for (const line of e.lines) log('debug', line);
        throw new Fatal(
          `failed to ${what} packages (packages=[${specs.join(' ')}]):\n${e.lines[e.lines.length - 1]}\n${e.lines.slice(0, -1).join('\n')}`,
        );
      }
      throw e;
    }
    for (const m of result.messages) log('debug', m);
    for (const line of summary(result)) log('debug', line);
    for (const p of [...result.install, ...result.upgrade.map((u) => u.pkg)]) {
      log('debug', `Installing/Updating: ${pkgId(p)}`);
      unpack(root, p);
      db = db.filter((r) => r.name !== p.name);
      db.push(record(p));
      applied.push(record(p));
    }
    writeDb(root, db);
    sack = new Sack(db, sack.repos, { priorities: tdnfHonoursPriority(db) });
  };
  if (pk.updateExistingPackages) {
    log('info', 'Updating base image packages');
    runTdnf(
      'update',
      db.map((r) => r.name),
    );
  }
  runTdnf('install', installList);
  runTdnf('update', updateList);
  if (needSources) log('info', 'Cleaning up RPM cache');
  return applied;
}

/** Reads an installLists/removeLists/updateLists file: a YAML document `packages: [...]`, strictly (imagecustomizerapi/packagelist.go). */
function readPackageList(YAML, file) {
  let doc;
  try {
    doc = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Fatal(`failed to read package list file (${file}):\n${e.message}`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new Fatal(`failed to read package list file (${file}): not a mapping`);
  for (const k of Object.keys(doc))
    if (k !== 'packages') throw new Fatal(`failed to read package list file (${file}):\nfield ${k} not found in type imagecustomizerapi.PackageList`);
  return (doc.packages || []).map(String);
}

module.exports = { customizePackages, readPackageList, readDb, readRpm };
