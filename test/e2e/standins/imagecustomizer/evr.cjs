// RPM version comparison and dependency matching, as tdnf gets them from
// libsolv (openSUSE/libsolv src/evr.c solv_vercmp_rpm, which follows rpm's
// rpmio/rpmvercmp.cc; range overlap as rpm's lib/rpmds.cc rpmdsCompare).
'use strict';

const isDigit = (c) => c >= '0' && c <= '9';
const isAlpha = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isAlnum = (c) => isDigit(c) || isAlpha(c);

/**
 * rpmvercmp: 1 when a is newer, -1 when b is, 0 when equal. Versions are
 * split into runs of digits or of letters; anything else separates them.
 * `~` sorts before everything (even the end of the string); `^` after the
 * end but before anything else. Digit runs compare as numbers (leading zeros
 * dropped, longer wins); letter runs compare as strings; a digit run is newer
 * than a letter run. With all runs equal, the string with runs left is newer.
 */
function rpmvercmp(a, b) {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^') i++;
    while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^') j++;
    const ca = a[i];
    const cb = b[j];
    if (ca === '~' || cb === '~') {
      if (ca !== '~') return 1;
      if (cb !== '~') return -1;
      i++;
      j++;
      continue;
    }
    if (ca === '^' || cb === '^') {
      if (ca === undefined) return -1;
      if (cb === undefined) return 1;
      if (ca !== '^') return 1;
      if (cb !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (ca === undefined || cb === undefined) break;
    const numeric = isDigit(ca);
    const inRun = numeric ? isDigit : isAlpha;
    let ei = i;
    while (ei < a.length && inRun(a[ei])) ei++;
    let ej = j;
    while (ej < b.length && inRun(b[ej])) ej++;
    const sa = a.slice(i, ei);
    const sb = b.slice(j, ej);
    // b's run is of the other kind (empty here): a digit run is newer than a letter run.
    if (sb.length === 0) return numeric ? 1 : -1;
    if (numeric) {
      const na = sa.replace(/^0+/, '');
      const nb = sb.replace(/^0+/, '');
      if (na.length !== nb.length) return na.length > nb.length ? 1 : -1;
      if (na !== nb) return na > nb ? 1 : -1;
    } else if (sa !== sb) return sa > sb ? 1 : -1;
    i = ei;
    j = ej;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

/** "[E:]V[-R]" → { epoch, version, release|undefined }. */
function parseEvr(evr) {
  let rest = String(evr);
  let epoch;
  const colon = rest.indexOf(':');
  if (colon >= 0 && /^\d+$/.test(rest.slice(0, colon))) {
    epoch = Number(rest.slice(0, colon));
    rest = rest.slice(colon + 1);
  }
  const dash = rest.lastIndexOf('-');
  if (dash >= 0) return { epoch, version: rest.slice(0, dash), release: rest.slice(dash + 1) };
  return { epoch, version: rest, release: undefined };
}

/** Compares two parsed EVRs; a missing release on either side is not compared (a dependency on a version matches any release). */
function evrCompare(a, b) {
  const ea = a.epoch || 0;
  const eb = b.epoch || 0;
  if (ea !== eb) return ea > eb ? 1 : -1;
  const v = rpmvercmp(a.version, b.version);
  if (v !== 0) return v;
  if (a.release === undefined || b.release === undefined) return 0;
  return rpmvercmp(a.release, b.release);
}

/** A package's own EVR. */
function pkgEvr(p) {
  return { epoch: p.epoch || 0, version: p.version, release: p.release };
}

function evrString(p) {
  return `${p.epoch ? `${p.epoch}:` : ''}${p.version}-${p.release}`;
}

const LESS = 2;
const GREATER = 4;
const EQUAL = 8;
const SENSE = LESS | GREATER | EQUAL;

/** Do two ranges (a provide and a requirement, each name + flags + evr) overlap? */
function rangesOverlap(aFlags, aEvr, bFlags, bEvr) {
  const af = aFlags & SENSE;
  const bf = bFlags & SENSE;
  // An unversioned side matches everything.
  if (!af || !bf || !aEvr || !bEvr) return true;
  const sense = evrCompare(parseEvr(aEvr), parseEvr(bEvr));
  if (sense < 0) return Boolean(af & GREATER || bf & LESS);
  if (sense > 0) return Boolean(af & LESS || bf & GREATER);
  return Boolean((af & EQUAL && bf & EQUAL) || (af & LESS && bf & LESS) || (af & GREATER && bf & GREATER));
}

function flagsText(flags) {
  const f = flags & SENSE;
  return { [LESS]: '<', [GREATER]: '>', [EQUAL]: '=', [LESS | EQUAL]: '<=', [GREATER | EQUAL]: '>=' }[f] || '';
}

function depString(d) {
  const op = flagsText(d.flags);
  return op && d.version ? `${d.name} ${op} ${d.version}` : d.name;
}

module.exports = { rpmvercmp, parseEvr, evrCompare, pkgEvr, evrString, rangesOverlap, depString, flagsText, LESS, GREATER, EQUAL, SENSE };
