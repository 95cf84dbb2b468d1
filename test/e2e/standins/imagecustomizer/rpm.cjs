// A small RPM reader for the Image Customizer stand-in's package manager (the
// stand-in's own, independent of the action's code). The format, from
// rpm-software-management/rpm docs/manual/format_v4.md, format_lead.md and
// format_header.md: a 96-byte lead starting ED AB EE DB; the signature header
// (8E AD E8 01 00 00 00 00, index count, data length, 16-byte index entries
// {tag, type, offset, count}, data) zero-padded to a multiple of 8; the main
// header in the same layout; then the payload (a compressed cpio "newc"
// archive). Tag numbers: include/rpm/rpmtag.h. Dependency flags:
// include/rpm/rpmds.h (LESS 2, GREATER 4, EQUAL 8; RPMLIB 1<<24; the
// scriptlet bits).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const TAG = {
  NAME: 1000,
  VERSION: 1001,
  RELEASE: 1002,
  EPOCH: 1003,
  SIZE: 1009,
  ARCH: 1022,
  PROVIDENAME: 1047,
  REQUIREFLAGS: 1048,
  REQUIRENAME: 1049,
  REQUIREVERSION: 1050,
  CONFLICTFLAGS: 1053,
  CONFLICTNAME: 1054,
  CONFLICTVERSION: 1055,
  OBSOLETENAME: 1090,
  PROVIDEFLAGS: 1112,
  PROVIDEVERSION: 1113,
  OBSOLETEFLAGS: 1114,
  OBSOLETEVERSION: 1115,
  DIRINDEXES: 1116,
  BASENAMES: 1117,
  DIRNAMES: 1118,
  PAYLOADFORMAT: 1124,
  PAYLOADCOMPRESSOR: 1125,
  RECOMMENDNAME: 5046,
  RECOMMENDVERSION: 5047,
  RECOMMENDFLAGS: 5048,
  SUGGESTNAME: 5049,
  SUGGESTVERSION: 5050,
  SUGGESTFLAGS: 5051,
};

const LEAD_MAGIC = Buffer.from([0xed, 0xab, 0xee, 0xdb]);
const HEADER_MAGIC = Buffer.from([0x8e, 0xad, 0xe8, 0x01, 0, 0, 0, 0]);

class RpmFormatError extends Error {}

/** Parses a header structure at offset: { tags: Map<tag, value>, end }. */
function readHeader(buf, offset, what) {
  if (buf.length < offset + 16 || !buf.subarray(offset, offset + 8).equals(HEADER_MAGIC)) throw new RpmFormatError(`bad ${what} header magic`);
  const il = buf.readUInt32BE(offset + 8);
  const dl = buf.readUInt32BE(offset + 12);
  const indexStart = offset + 16;
  const dataStart = indexStart + il * 16;
  const end = dataStart + dl;
  if (end > buf.length) throw new RpmFormatError(`truncated ${what} header`);
  const data = buf.subarray(dataStart, end);
  const tags = new Map();
  for (let i = 0; i < il; i++) {
    const e = indexStart + i * 16;
    const tag = buf.readUInt32BE(e);
    const type = buf.readUInt32BE(e + 4);
    const off = buf.readUInt32BE(e + 8);
    const count = buf.readUInt32BE(e + 12);
    tags.set(tag, decode(data, type, off, count));
  }
  return { tags, end };
}

function readStrings(data, off, count) {
  const out = [];
  let p = off;
  for (let i = 0; i < count; i++) {
    const z = data.indexOf(0, p);
    out.push(data.toString('utf8', p, z));
    p = z + 1;
  }
  return out;
}

function decode(data, type, off, count) {
  switch (type) {
    case 2: // INT8
    case 1: // CHAR
      return [...data.subarray(off, off + count)];
    case 3: // INT16
      return Array.from({ length: count }, (_, i) => data.readUInt16BE(off + 2 * i));
    case 4: // INT32
      return Array.from({ length: count }, (_, i) => data.readUInt32BE(off + 4 * i));
    case 5: // INT64
      return Array.from({ length: count }, (_, i) => Number(data.readBigUInt64BE(off + 8 * i)));
    case 6: // STRING
      return readStrings(data, off, 1)[0];
    case 8: // STRING_ARRAY
    case 9: // I18NSTRING
      return readStrings(data, off, count);
    case 7: // BIN
      return data.subarray(off, off + count);
    default:
      return undefined;
  }
}

function deps(tags, nameTag, flagsTag, versionTag) {
  const names = tags.get(nameTag) || [];
  const flags = tags.get(flagsTag) || [];
  const versions = tags.get(versionTag) || [];
  return names.map((name, i) => ({ name, flags: flags[i] || 0, version: versions[i] || '' }));
}

/** The package's header fields as a record (the shape of the stand-in rpmdb's records) plus payload location. */
function readRpm(file) {
  const buf = fs.readFileSync(file);
  if (buf.length < 96 || !buf.subarray(0, 4).equals(LEAD_MAGIC)) throw new RpmFormatError(`${file} is not an RPM package (no lead magic)`);
  const sig = readHeader(buf, 96, 'signature');
  const mainStart = sig.end + ((8 - (sig.end % 8)) % 8);
  const main = readHeader(buf, mainStart, 'main');
  const t = main.tags;
  const dirnames = t.get(TAG.DIRNAMES) || [];
  const basenames = t.get(TAG.BASENAMES) || [];
  const dirindexes = t.get(TAG.DIRINDEXES) || [];
  return {
    file,
    name: t.get(TAG.NAME),
    epoch: (t.get(TAG.EPOCH) || [0])[0],
    version: t.get(TAG.VERSION),
    release: t.get(TAG.RELEASE),
    arch: t.get(TAG.ARCH),
    size: (t.get(TAG.SIZE) || [0])[0],
    provides: deps(t, TAG.PROVIDENAME, TAG.PROVIDEFLAGS, TAG.PROVIDEVERSION),
    requires: deps(t, TAG.REQUIRENAME, TAG.REQUIREFLAGS, TAG.REQUIREVERSION),
    conflicts: deps(t, TAG.CONFLICTNAME, TAG.CONFLICTFLAGS, TAG.CONFLICTVERSION),
    obsoletes: deps(t, TAG.OBSOLETENAME, TAG.OBSOLETEFLAGS, TAG.OBSOLETEVERSION),
    recommends: deps(t, TAG.RECOMMENDNAME, TAG.RECOMMENDFLAGS, TAG.RECOMMENDVERSION),
    suggests: deps(t, TAG.SUGGESTNAME, TAG.SUGGESTFLAGS, TAG.SUGGESTVERSION),
    files: basenames.map((b, i) => path.posix.join(dirnames[dirindexes[i]] || '/', b)),
    payloadOffset: main.end,
    payloadCompressor: t.get(TAG.PAYLOADCOMPRESSOR) || 'gzip',
    payloadFormat: t.get(TAG.PAYLOADFORMAT) || 'cpio',
  };
}

/** The uncompressed payload (cpio newc) of an RPM read by readRpm. */
function payload(pkg) {
  const data = fs.readFileSync(pkg.file).subarray(pkg.payloadOffset);
  switch (pkg.payloadCompressor) {
    case 'gzip':
      return zlib.gunzipSync(data);
    case 'zstd':
      return zlib.zstdDecompressSync(data);
    case 'identity':
      return data;
    default:
      throw new RpmFormatError(`${path.basename(pkg.file)}: payload compressor ${pkg.payloadCompressor} is not supported by the stand-in`);
  }
}

/** Entries of a cpio "newc" archive: { name, mode, data }. */
function cpioEntries(archive) {
  const out = [];
  const pad4 = (n) => (n + 3) & ~3;
  let offset = 0;
  while (offset + 110 <= archive.length) {
    const magic = archive.toString('latin1', offset, offset + 6);
    if (magic !== '070701' && magic !== '070702') throw new RpmFormatError(`bad cpio magic at ${offset}`);
    const field = (i) => parseInt(archive.toString('latin1', offset + 6 + i * 8, offset + 14 + i * 8), 16);
    const mode = field(1);
    const size = field(6);
    const nameSize = field(11);
    const name = archive.toString('utf8', offset + 110, offset + 110 + nameSize - 1);
    if (name === 'TRAILER!!!') break;
    const dataStart = pad4(offset + 110 + nameSize);
    out.push({ name: name.replace(/^\.?\/?/, '/'), mode, data: archive.subarray(dataStart, dataStart + size) });
    offset = pad4(dataStart + size);
  }
  return out;
}

module.exports = { readRpm, payload, cpioEntries, RpmFormatError, TAG };
