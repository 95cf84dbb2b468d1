// Reading a COSI as Trident does (microsoft/trident):
// - crates/trident/src/io_utils/file_reader.rs FileReader::new: a `file` URL
//   is used as `url.path()`, without percent-decoding; it must exist and be a
//   regular file.
// - crates/trident/src/osimage/cosi/mod.rs: an uncompressed tar whose entries
//   are found by name; `metadata.json` read and, unless image.sha384 is
//   `ignored`, its SHA-384 compared ("COSI metadata hash '...' does not match
//   expected hash '...'"); each image entry's SHA-384 checked as it is read
//   ("COSI file entry '...' hash '...' does not match expected hash '...'").
// - the COSI format (cosi-marker first): schemas/cosi-metadata-v1.2.schema.json.
'use strict';

const { createHash } = require('node:crypto');
const fs = require('node:fs');

/** The file path a `file:` URL names, as the url crate's path() gives it (no percent-decoding). */
function fileUrlPath(url) {
  const m = /^file:\/\/[^/]*(\/.*)$/.exec(url);
  if (!m) throw new Error(`unsupported URL '${url}': the stand-in reads file:// URLs only`);
  return m[1].replace(/[?#].*$/, '');
}

/** The entries of an uncompressed tar file: name → { offset, size } (read with positioned reads, not loaded). */
function tarIndex(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const out = [];
    const header = Buffer.alloc(512);
    let offset = 0;
    let longName;
    while (offset + 512 <= size) {
      fs.readSync(fd, header, 0, 512, offset);
      if (header.every((b) => b === 0)) break;
      const field = (a, b) => header.subarray(a, b).toString('utf8').replace(/\0.*$/s, '');
      let name = field(0, 100);
      const prefix = field(345, 500);
      if (prefix && field(257, 263).startsWith('ustar')) name = `${prefix}/${name}`;
      const len = parseInt(field(124, 136).trim() || '0', 8);
      const type = String.fromCharCode(header[156] || 0x30);
      const dataOffset = offset + 512;
      if (type === 'L') {
        const b = Buffer.alloc(len);
        fs.readSync(fd, b, 0, len, dataOffset);
        longName = b.toString('utf8').replace(/\0.*$/s, '');
      } else {
        if (longName) name = longName;
        longName = undefined;
        if (type === '0' || type === '\0') out.push({ name: name.replace(/^\.\//, ''), offset: dataOffset, size: len });
      }
      offset = dataOffset + Math.ceil(len / 512) * 512;
    }
    return out;
  } finally {
    fs.closeSync(fd);
  }
}

function readEntry(file, entry) {
  const fd = fs.openSync(file, 'r');
  try {
    const b = Buffer.alloc(entry.size);
    fs.readSync(fd, b, 0, entry.size, entry.offset);
    return b;
  } finally {
    fs.closeSync(fd);
  }
}

/** Opens the COSI: { path, metadata, sha384, entries, read(imagePath) → verified compressed bytes }. */
function openCosi(url, expectedSha384) {
  const file = fileUrlPath(url);
  let st;
  try {
    st = fs.statSync(file);
  } catch {
    throw new Error(`Path '${file}' does not exist`);
  }
  if (!st.isFile()) throw new Error(`Path '${file}' is not a file`);
  const entries = tarIndex(file);
  if (entries.length === 0 || entries[0].name !== 'cosi-marker')
    throw new Error('The provided OS image file is corrupt: the first entry is not cosi-marker');
  const metaEntry = entries.find((e) => e.name === 'metadata.json');
  if (!metaEntry) throw new Error('The provided OS image file is corrupt: metadata.json not found');
  const metaBytes = readEntry(file, metaEntry);
  const sha384 = createHash('sha384').update(metaBytes).digest('hex');
  if (expectedSha384 !== 'ignored' && sha384 !== String(expectedSha384).toLowerCase())
    throw new Error(`COSI metadata hash '${sha384}' does not match expected hash '${expectedSha384}'`);
  const metadata = JSON.parse(metaBytes.toString('utf8'));
  return {
    path: file,
    metadata,
    sha384,
    read(image) {
      const entry = entries.find((e) => e.name === image.path);
      if (!entry) throw new Error(`The provided OS image file is corrupt: entry '${image.path}' not found`);
      const data = readEntry(file, entry);
      const actual = createHash('sha384').update(data).digest('hex');
      if (actual !== String(image.sha384).toLowerCase())
        throw new Error(`COSI file entry '${image.path}' hash '${actual}' does not match expected hash '${image.sha384}'`);
      return data;
    },
  };
}

module.exports = { openCosi, fileUrlPath, tarIndex };
