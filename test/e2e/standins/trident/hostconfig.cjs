// The Host Configuration as Trident reads and checks it (microsoft/trident):
// - crates/trident/src/validation.rs: parse_host_config / validate_host_config
//   ("Failed to parse Host Configuration file from '...'", "Host Configuration
//   is invalid", "Host Configuration is valid").
// - crates/trident_api/src/config/host/mod.rs (HostConfiguration fields,
//   serde deny_unknown_fields), storage/mod.rs (Storage fields),
//   storage/partitions.rs (PartitionType names and GUIDs, PartitionSize
//   grow or a byte count), primitives/bytes.rs (K/M/G/T suffixes, powers of
//   1024), storage/filesystem.rs (source image/new/adopted, mountPoint),
//   storage_graph/rules/mod.rs ("Partition size must be a non-zero multiple of
//   4096 bytes.") and storage_graph/error.rs (the messages below).
// Modelled: the keys of the top level, storage, disks, partitions,
// filesystems and raid; the rules below. Not modelled: the deeper checks of
// os, scripts, health, encryption and verity (accepted as given).
'use strict';

const fs = require('node:fs');
const YAML = require('yaml');
const { TridentError } = require('./log.cjs');

const TOP_KEYS = ['trident', 'storage', 'scripts', 'os', 'managementOs', 'internalParams', 'image', 'health'];
const STORAGE_KEYS = ['disks', 'encryption', 'raid', 'abUpdate', 'filesystems', 'verity', 'swap'];
const DISK_KEYS = ['id', 'device', 'partitionTableType', 'partitions', 'adoptedPartitions'];
const PARTITION_KEYS = ['id', 'type', 'size', 'uuid', 'label'];
const FILESYSTEM_KEYS = ['deviceId', 'source', 'type', 'mountPoint'];
const IMAGE_KEYS = ['url', 'sha384'];

/** PartitionType → GPT type GUID (x86-64), crates/trident_api/src/config/host/storage/partitions.rs. */
const PARTITION_TYPES = {
  esp: 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B',
  root: '4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709',
  'root-verity': '2C7357ED-EBD2-46D9-AEC1-23D437EC2BF5',
  usr: '8484680C-9521-48C6-9C11-B0720656F69E',
  'usr-verity': '77FF5F63-E7B6-4633-ACF4-1565B864C0E6',
  swap: '0657FD6D-A4AB-43C4-84E5-0933C84B4F4F',
  home: '933AC7E1-2EB4-4F13-B844-0E14E2AEF915',
  var: '4D21B016-B534-45C2-A9FB-5C16E091FD2D',
  tmp: '7EC6F557-3BC5-4ACA-B293-16EF5DF639D1',
  'linux-generic': '0FC63DAF-8483-4772-8E79-3D69D8477DE4',
  srv: '3B8F8425-20E0-4F3B-907F-1A25A76F98E8',
  xbootldr: 'BC13C2FF-59E6-4262-A352-B275FD6F7172',
};
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function invalid(...chain) {
  return new TridentError('InvalidInput', ...chain);
}

function unknownKeys(where, value, allowed) {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: invalid type: expected a map`);
  for (const k of Object.keys(value)) {
    if (!allowed.includes(k)) throw new Error(`${where}: unknown field \`${k}\`, expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}`);
  }
}

/** ByteCount::from_human_readable (primitives/bytes.rs): digits with an optional K/M/G/T suffix. */
function parseBytes(value) {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  const m = /^\s*(\d+)\s*([KMGT]?)\s*$/.exec(String(value));
  if (!m) throw new Error(`invalid size '${value}': expected a number of bytes with an optional K, M, G or T suffix`);
  return Number(m[1]) * 2 ** { '': 0, K: 10, M: 20, G: 30, T: 40 }[m[2]];
}

/** Reads and parses the file; structural (serde) errors as Trident reports them. */
function parse(text, file) {
  let doc;
  try {
    doc = YAML.parse(text);
  } catch (e) {
    throw invalid('Failed to parse Host Configuration', `Failed to parse Host Configuration file from '${file}'`, String(e.message).split('\n')[0]);
  }
  try {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('invalid type: expected struct HostConfiguration');
    if (doc.hostConfiguration !== undefined) throw Object.assign(new Error(), { old: true });
    unknownKeys('(root)', doc, TOP_KEYS);
    unknownKeys('image', doc.image, IMAGE_KEYS);
    const storage = doc.storage || {};
    unknownKeys('storage', storage, STORAGE_KEYS);
    for (const [i, d] of (storage.disks || []).entries()) {
      unknownKeys(`storage.disks[${i}]`, d, DISK_KEYS);
      for (const [j, p] of (d.partitions || []).entries()) unknownKeys(`storage.disks[${i}].partitions[${j}]`, p, PARTITION_KEYS);
    }
    for (const [i, f] of (storage.filesystems || []).entries()) unknownKeys(`storage.filesystems[${i}]`, f, FILESYSTEM_KEYS);
  } catch (e) {
    if (e.old) throw invalid("Old style configuration not supported, 'hostConfiguration:' tag must be removed");
    throw invalid('Failed to parse Host Configuration', `Failed to parse Host Configuration file from '${file}'`, e.message);
  }
  return doc;
}

/** The static rules (a subset of HostConfiguration::validate and the storage graph). Returns the storage model. */
function validate(doc) {
  const fail = (msg) => {
    throw invalid('Host Configuration is invalid', `Host Configuration failed static validation: ${msg}`);
  };
  const storage = doc.storage || {};
  const ids = new Map();
  const define = (id, kind) => {
    if (ids.has(id)) fail(`Block device '${id}' is defined more than once`);
    ids.set(id, kind);
  };
  const disks = [];
  for (const d of storage.disks || []) {
    define(d.id, 'disk');
    if (typeof d.device !== 'string' || !d.device.startsWith('/'))
      fail(`Block device '${d.id}' of kind 'disk' is invalid: Path '${d.device}' is not absolute`);
    if ((d.partitionTableType || 'gpt') !== 'gpt')
      fail(`Block device '${d.id}' of kind 'disk' is invalid: unsupported partition table type '${d.partitionTableType}'`);
    const partitions = [];
    for (const p of d.partitions || []) {
      define(p.id, 'partition');
      const typeName = p.type || 'linux-generic';
      const typeGuid = PARTITION_TYPES[typeName] || (UUID_RE.test(typeName) ? typeName.toUpperCase() : undefined);
      if (!typeGuid) fail(`Block device '${p.id}' of kind 'partition' is invalid: unknown partition type '${typeName}'`);
      let size;
      if (p.size === 'grow') size = 'grow';
      else {
        try {
          size = parseBytes(p.size);
        } catch (e) {
          fail(`Block device '${p.id}' of kind 'partition' is invalid: ${e.message}`);
        }
        if (!(size > 0 && size % 4096 === 0))
          fail(`Block device '${p.id}' of kind 'partition' is invalid: Partition size must be a non-zero multiple of 4096 bytes.`);
      }
      if (p.uuid !== undefined && p.uuid !== null && !UUID_RE.test(String(p.uuid)))
        fail(`Block device '${p.id}' of kind 'partition' is invalid: invalid UUID '${p.uuid}'`);
      partitions.push({ id: p.id, typeName, typeGuid, size, uuid: p.uuid || undefined, label: p.label || undefined });
    }
    for (const a of d.adoptedPartitions || []) define(a.id, 'adopted-partition');
    if (partitions.filter((p) => p.size === 'grow').length > 1)
      fail(`Block device '${d.id}' of kind 'disk' is invalid: more than one partition has size 'grow'`);
    disks.push({ id: d.id, device: d.device, partitions });
  }
  const raid = ((storage.raid || {}).software || []).map((r) => {
    define(r.id, 'raid-array');
    for (const dev of r.devices || [])
      if (!ids.has(dev)) fail(`Referrer '${r.id}' of kind 'raid-array' references non-existent block device '${dev}'`);
    return r;
  });
  for (const v of (storage.encryption || {}).volumes || []) define(v.id, 'encrypted-volume');
  for (const v of storage.verity || []) define(v.id, 'verity-device');
  for (const v of (storage.abUpdate || {}).volumePairs || []) define(v.id, 'ab-volume');
  const mountPoints = new Set();
  const filesystems = (storage.filesystems || []).map((f, i) => {
    const mp = typeof f.mountPoint === 'string' ? f.mountPoint : f.mountPoint && f.mountPoint.path;
    const desc = `filesystems[${i}]${mp ? ` at '${mp}'` : ''}`;
    const source = f.source || 'image';
    if (!['image', 'new', 'adopted'].includes(source)) fail(`Filesystem [${desc}] has unknown source '${source}'`);
    if (source === 'image' && f.type !== undefined)
      fail(`Filesystem [${desc}] is invalid: Filesystem type cannot be specified for image filesystems`);
    if (f.deviceId !== undefined && !ids.has(f.deviceId))
      fail(`Referrer filesystem [${desc}] of kind 'filesystem' references non-existent block device '${f.deviceId}'`);
    if (f.type !== 'tmpfs' && f.deviceId === undefined) fail(`Filesystem [${desc}] requires a reference to a block device`);
    if (mp !== undefined) {
      if (!String(mp).startsWith('/')) fail(`Mount point location '${mp}' is not an absolute path`);
      if (mountPoints.has(mp)) fail(`Mount point '${mp}' is defined more than once`);
      mountPoints.add(mp);
    }
    return { deviceId: f.deviceId, source, type: f.type || (source === 'new' ? 'ext4' : undefined), mountPoint: mp };
  });
  if (doc.image !== undefined && doc.image !== null) {
    if (typeof doc.image.url !== 'string') fail('image.url is missing');
    try {
      new URL(doc.image.url);
    } catch {
      fail(`image.url '${doc.image.url}' is not a valid URL: relative URL without a base`);
    }
    const sha = doc.image.sha384;
    if (sha !== 'ignored' && !/^[0-9a-fA-F]{96}$/.test(String(sha))) fail(`image.sha384 '${sha}' is neither 'ignored' nor a SHA-384 checksum`);
  }
  return { disks, raid, filesystems, encryption: storage.encryption, verity: storage.verity || [] };
}

function load(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw invalid(`Failed to read input file '${file}'`, e.code === 'ENOENT' ? 'No such file or directory (os error 2)' : e.message);
  }
  const doc = parse(text, file);
  return { doc, storage: validate(doc), text };
}

module.exports = { load, parseBytes, PARTITION_TYPES };
