// Just enough of ISO 9660 (ECMA-119) to list an image's files with where
// their bytes are: the volume descriptors, the directory tree, and the names
// as Linux shows them: Rock Ridge (IEEE P1282, through SUSP P1281) when the
// image has it, else Joliet, else the plain ISO 9660 names. Image Customizer
// writes its ISOs with `mkisofs -R -l -D -J -joliet-long` (microsoft/azure-
// linux-image-tools toolkit/tools/internal/isogenerator/isogenerator.go), so
// its files have Rock Ridge names.
//
// The input may be hostile (an ISO downloaded from an artifact): every length
// is checked against the buffer it lies in and every extent against the image,
// the walk is bounded (entries, depth, directory bytes, continuation areas)
// and a directory that appears twice (a loop) is refused.
import type { ByteSource } from './source.js';

/** Volume descriptors start at logical sector 16; sectors are 2048 bytes there. */
const DESCRIPTOR_SECTOR = 2048;
const FIRST_DESCRIPTOR = 16;
const STANDARD_ID = 'CD001';

export class IsoFormatError extends Error {
  override name = 'IsoFormatError';
}

/** Bounds that no real installer ISO comes near; they keep a hostile image from costing time or memory. */
export interface IsoLimits {
  maxEntries: number;
  maxDepth: number;
  /** Of one directory. */
  maxDirectoryBytes: number;
  /** Of all directories together. */
  maxTotalDirectoryBytes: number;
  maxDescriptors: number;
  /** SUSP continuation areas followed for one directory record. */
  maxContinuations: number;
}

export const DEFAULT_LIMITS: IsoLimits = {
  maxEntries: 200_000,
  maxDepth: 64,
  maxDirectoryBytes: 16 * 1024 * 1024,
  maxTotalDirectoryBytes: 128 * 1024 * 1024,
  maxDescriptors: 64,
  maxContinuations: 16,
};

/** Where a piece of a file's data is in the image, in bytes. */
export interface Extent {
  offset: number;
  size: number;
}

export interface IsoFile {
  /** "/a/b", in the names of `IsoVolume.names`. */
  path: string;
  /** One extent, or several for a multi-extent file (each under 4 GiB). */
  extents: Extent[];
  size: number;
}

export type NameKind = 'rock-ridge' | 'joliet' | 'iso9660';

export interface IsoVolume {
  blockSize: number;
  volumeId: string;
  /** Which names the paths are: Rock Ridge or Joliet names, or ISO 9660's own (version and trailing dot dropped). */
  names: NameKind;
  /** Regular files, sorted by path. */
  files: IsoFile[];
}

/** A directory record, as far as the reader needs it. */
interface DirRecord {
  /** The identifier's bytes (0x00 for ".", 0x01 for ".."). */
  id: Buffer;
  offset: number;
  size: number;
  directory: boolean;
  multiExtent: boolean;
  associated: boolean;
  systemUse: Buffer;
}

interface Descriptors {
  blockSize: number;
  volumeId: string;
  primaryRoot: DirRecord;
  jolietRoot?: DirRecord;
}

/** Reads the volume descriptors and walks the directory tree. Throws IsoFormatError on anything malformed. */
export async function readIsoVolume(source: ByteSource, limits: IsoLimits = DEFAULT_LIMITS): Promise<IsoVolume> {
  const descriptors = await readDescriptors(source, limits);
  const { blockSize } = descriptors;
  const walker = new Walker(source, blockSize, limits);
  const rootData = await walker.directoryData(descriptors.primaryRoot, '/');
  const rockRidge = suspSkip(rootData, blockSize);
  if (rockRidge !== undefined) {
    return {
      blockSize,
      volumeId: descriptors.volumeId,
      names: 'rock-ridge',
      files: await walker.walk(descriptors.primaryRoot, { kind: 'rock-ridge', skip: rockRidge }),
    };
  }
  if (descriptors.jolietRoot) {
    return { blockSize, volumeId: descriptors.volumeId, names: 'joliet', files: await walker.walk(descriptors.jolietRoot, { kind: 'joliet' }) };
  }
  return { blockSize, volumeId: descriptors.volumeId, names: 'iso9660', files: await walker.walk(descriptors.primaryRoot, { kind: 'iso9660' }) };
}

/** The file at `path` ("/a/b"); plain ISO 9660 names compare without case, as they are written in upper case. */
export function findFile(volume: IsoVolume, path: string): IsoFile | undefined {
  const exact = volume.files.find((f) => f.path === path);
  if (exact || volume.names !== 'iso9660') return exact;
  const upper = path.toUpperCase();
  return volume.files.find((f) => f.path.toUpperCase() === upper);
}

/** The file whose data starts at `offset` (its first extent), if any. */
export function fileAt(volume: IsoVolume, offset: number): IsoFile | undefined {
  return volume.files.find((f) => f.extents[0]?.offset === offset);
}

async function readDescriptors(source: ByteSource, limits: IsoLimits): Promise<Descriptors> {
  let primary: { blockSize: number; volumeId: string; root: Buffer } | undefined;
  let joliet: Buffer | undefined;
  for (let i = 0; i < limits.maxDescriptors; i++) {
    const position = (FIRST_DESCRIPTOR + i) * DESCRIPTOR_SECTOR;
    const sector = await source.read(position, DESCRIPTOR_SECTOR);
    if (sector.length < DESCRIPTOR_SECTOR) {
      if (i === 0) throw new IsoFormatError(`not an ISO 9660 image: it ends before the volume descriptors (byte ${position})`);
      throw new IsoFormatError(`the volume descriptors run past the end of the image (byte ${position})`);
    }
    if (sector.toString('latin1', 1, 6) !== STANDARD_ID) {
      if (i === 0) throw new IsoFormatError(`not an ISO 9660 image: no "${STANDARD_ID}" at byte ${position + 1}`);
      throw new IsoFormatError(`volume descriptor ${i} at byte ${position} has no "${STANDARD_ID}" identifier`);
    }
    const type = sector[0];
    if (type === 255) break;
    if (type === 1 && !primary) {
      const blockSize = bothEndian16(sector, 128, 'logical block size');
      if (![512, 1024, 2048].includes(blockSize)) throw new IsoFormatError(`logical block size ${blockSize} is not 512, 1024 or 2048`);
      primary = { blockSize, volumeId: sector.toString('latin1', 40, 72).trim(), root: sector.subarray(156, 190) };
    }
    // A supplementary descriptor whose escape sequences name UCS-2 (levels 1 to 3) is Joliet's.
    if (type === 2 && !joliet && /%\/[@CE]/.test(sector.toString('latin1', 88, 120))) joliet = sector.subarray(156, 190);
    if (i === limits.maxDescriptors - 1) throw new IsoFormatError(`no volume descriptor set terminator within ${limits.maxDescriptors} descriptors`);
  }
  if (!primary) throw new IsoFormatError('no primary volume descriptor');
  const rootOf = (bytes: Buffer, what: string) => {
    const record = parseRecord(bytes, 0, primary.blockSize, source.size, what);
    if (!record?.directory) throw new IsoFormatError(`the ${what} root directory record is not a directory`);
    return record;
  };
  return {
    blockSize: primary.blockSize,
    volumeId: primary.volumeId,
    primaryRoot: rootOf(primary.root, 'primary volume descriptor'),
    ...(joliet ? { jolietRoot: rootOf(joliet, 'Joliet volume descriptor') } : {}),
  };
}

/** A both-endian 16-bit field (little-endian then big-endian copy), which must agree. */
function bothEndian16(buf: Buffer, at: number, what: string): number {
  const le = buf.readUInt16LE(at);
  if (le !== buf.readUInt16BE(at + 2)) throw new IsoFormatError(`${what}: its little- and big-endian copies differ`);
  return le;
}

function bothEndian32(buf: Buffer, at: number, what: string): number {
  const le = buf.readUInt32LE(at);
  if (le !== buf.readUInt32BE(at + 4)) throw new IsoFormatError(`${what}: its little- and big-endian copies differ`);
  return le;
}

/** The directory record at `at` in `buf`; undefined for a zero length byte (the rest of the sector is padding). */
function parseRecord(buf: Buffer, at: number, blockSize: number, imageSize: number, where: string): DirRecord | undefined {
  const length = buf[at] ?? 0;
  if (length === 0) return undefined;
  if (length < 34 || at + length > buf.length) throw new IsoFormatError(`${where}: a directory record of ${length} bytes at byte ${at} does not fit`);
  const extendedAttributes = buf[at + 1] ?? 0;
  const lba = bothEndian32(buf, at + 2, `${where}: the extent location at byte ${at}`);
  const size = bothEndian32(buf, at + 10, `${where}: the data length at byte ${at}`);
  const flags = buf[at + 25] ?? 0;
  if ((buf[at + 26] ?? 0) !== 0 || (buf[at + 27] ?? 0) !== 0) throw new IsoFormatError(`${where}: an interleaved file at byte ${at} (not supported)`);
  const idLength = buf[at + 32] ?? 0;
  if (idLength === 0 || 33 + idLength > length)
    throw new IsoFormatError(`${where}: a file identifier of ${idLength} bytes at byte ${at} does not fit its record`);
  const offset = (lba + extendedAttributes) * blockSize;
  if (offset + size > imageSize) {
    throw new IsoFormatError(
      `${where}: a record at byte ${at} points at bytes ${offset} to ${offset + size}, past the end of the image (${imageSize} bytes)`,
    );
  }
  const systemUseStart = at + 33 + idLength + (idLength % 2 === 0 ? 1 : 0);
  return {
    id: buf.subarray(at + 33, at + 33 + idLength),
    offset,
    size,
    directory: (flags & 0x02) !== 0,
    multiExtent: (flags & 0x80) !== 0,
    associated: (flags & 0x04) !== 0,
    systemUse: buf.subarray(Math.min(systemUseStart, at + length), at + length),
  };
}

/** Rock Ridge is there when the root's "." record starts its system use area with SUSP's SP entry; returns its skip count. */
function suspSkip(rootData: Buffer, blockSize: number): number | undefined {
  const dot = parseRecord(rootData, 0, blockSize, Number.MAX_SAFE_INTEGER, 'the root directory');
  const su = dot?.systemUse;
  if (!su || su.length < 7 || su.toString('latin1', 0, 2) !== 'SP' || su[2] !== 7 || su[4] !== 0xbe || su[5] !== 0xef) return undefined;
  return su[6] ?? 0;
}

type Naming = { kind: 'rock-ridge'; skip: number } | { kind: 'joliet' } | { kind: 'iso9660' };

/** What a record's Rock Ridge entries say. */
interface RockRidge {
  name?: string;
  /** RE: a relocated directory, listed where its CL record is instead. */
  relocated: boolean;
  /** CL: this record stands for the directory at this offset. */
  childLink?: number;
}

class Walker {
  private entries = 0;
  private directoryBytes = 0;
  private readonly seen = new Set<number>();

  constructor(
    private readonly source: ByteSource,
    private readonly blockSize: number,
    private readonly limits: IsoLimits,
  ) {}

  async directoryData(record: DirRecord, path: string): Promise<Buffer> {
    if (record.size > this.limits.maxDirectoryBytes) {
      throw new IsoFormatError(`directory ${path} is ${record.size} bytes, more than the ${this.limits.maxDirectoryBytes} this reader accepts`);
    }
    this.directoryBytes += record.size;
    if (this.directoryBytes > this.limits.maxTotalDirectoryBytes) {
      throw new IsoFormatError(`the directories hold more than ${this.limits.maxTotalDirectoryBytes} bytes, more than this reader accepts`);
    }
    const data = await this.source.read(record.offset, record.size);
    if (data.length < record.size) throw new IsoFormatError(`directory ${path} is cut short by the end of the image`);
    return data;
  }

  async walk(root: DirRecord, naming: Naming): Promise<IsoFile[]> {
    const files: IsoFile[] = [];
    const queue: { record: DirRecord; path: string; depth: number }[] = [{ record: root, path: '', depth: 0 }];
    while (queue.length > 0) {
      const { record, path, depth } = queue.shift()!;
      if (this.seen.has(record.offset)) throw new IsoFormatError(`directory ${path || '/'} appears twice in the tree (a loop)`);
      this.seen.add(record.offset);
      const data = await this.directoryData(record, path || '/');
      let pending: IsoFile | undefined;
      for (const child of await this.records(data, path || '/', naming)) {
        if (++this.entries > this.limits.maxEntries) throw new IsoFormatError(`more than ${this.limits.maxEntries} directory entries`);
        const childPath = `${path}/${child.name}`;
        if (child.directory) {
          if (depth + 1 > this.limits.maxDepth)
            throw new IsoFormatError(`directory ${childPath} is nested deeper than ${this.limits.maxDepth} levels`);
          queue.push({ record: child.record, path: childPath, depth: depth + 1 });
          continue;
        }
        const extent = { offset: child.record.offset, size: child.record.size };
        if (pending) {
          if (pending.path !== childPath)
            throw new IsoFormatError(`${pending.path}: a multi-extent file is followed by ${childPath} instead of its next extent`);
          pending.extents.push(extent);
          pending.size += extent.size;
        } else {
          pending = { path: childPath, extents: [extent], size: extent.size };
        }
        if (!child.record.multiExtent) {
          files.push(pending);
          pending = undefined;
        }
      }
      if (pending) throw new IsoFormatError(`${pending.path}: a multi-extent file has no last extent`);
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The named entries of a directory ("." and ".." and associated files left out). */
  private async records(data: Buffer, where: string, naming: Naming): Promise<{ name: string; directory: boolean; record: DirRecord }[]> {
    const out: { name: string; directory: boolean; record: DirRecord }[] = [];
    let at = 0;
    while (at < data.length) {
      const record = parseRecord(data, at, this.blockSize, this.source.size, `directory ${where}`);
      if (!record) {
        // Records never cross a sector: the rest of this one is padding.
        at = (Math.floor(at / DESCRIPTOR_SECTOR) + 1) * DESCRIPTOR_SECTOR;
        continue;
      }
      const length = data[at] ?? 0;
      if (Math.floor(at / DESCRIPTOR_SECTOR) !== Math.floor((at + length - 1) / DESCRIPTOR_SECTOR)) {
        throw new IsoFormatError(`directory ${where}: the record at byte ${at} crosses a sector boundary`);
      }
      at += length;
      const special = record.id.length === 1 && (record.id[0] === 0 || record.id[0] === 1);
      if (special || record.associated) continue;
      if (naming.kind === 'rock-ridge') {
        const rr = await this.rockRidge(record.systemUse.subarray(naming.skip), where);
        if (rr.relocated) continue;
        const name = rr.name ?? plainName(record.id);
        checkName(name, where);
        if (rr.childLink !== undefined) {
          const target = await this.source.read(rr.childLink, DESCRIPTOR_SECTOR);
          const dot = parseRecord(target, 0, this.blockSize, this.source.size, `relocated directory ${where}/${name}`);
          if (!dot?.directory) throw new IsoFormatError(`${where}/${name}: its Rock Ridge child link does not point at a directory`);
          out.push({ name, directory: true, record: dot });
        } else out.push({ name, directory: record.directory, record });
      } else {
        const name = naming.kind === 'joliet' ? jolietName(record.id) : plainName(record.id);
        checkName(name, where);
        out.push({ name, directory: record.directory, record });
      }
    }
    return out;
  }

  /** The NM (name), RE and CL entries of a record's system use area, following CE continuation areas. */
  private async rockRidge(area: Buffer, where: string): Promise<RockRidge> {
    const result: RockRidge = { relocated: false };
    const nameParts: Buffer[] = [];
    let current: Buffer | undefined = area;
    let hops = 0;
    while (current) {
      const next: { offset: number; length: number } | undefined = this.suspEntries(current, where, result, nameParts);
      if (!next) break;
      if (++hops > this.limits.maxContinuations)
        throw new IsoFormatError(`directory ${where}: more than ${this.limits.maxContinuations} SUSP continuation areas for one record`);
      if (next.length > this.blockSize || next.offset + next.length > this.source.size) {
        throw new IsoFormatError(
          `directory ${where}: a SUSP continuation area of ${next.length} bytes at byte ${next.offset} is outside the image or longer than a block`,
        );
      }
      current = await this.source.read(next.offset, next.length);
    }
    if (nameParts.length > 0) result.name = Buffer.concat(nameParts).toString('utf8');
    return result;
  }

  /** Reads one SUSP area into `result`; returns the CE continuation it names, if any. */
  private suspEntries(area: Buffer, where: string, result: RockRidge, nameParts: Buffer[]): { offset: number; length: number } | undefined {
    let next: { offset: number; length: number } | undefined;
    let at = 0;
    while (at + 4 <= area.length) {
      const signature = area.toString('latin1', at, at + 2);
      const length = area[at + 2] ?? 0;
      if (length < 4 || at + length > area.length) break;
      const entry = area.subarray(at, at + length);
      if (signature === 'ST') break;
      if (signature === 'NM' && length >= 5) {
        const flags = entry[4] ?? 0;
        // CURRENT or PARENT names stand for "." and "..", which a record never should.
        if (flags & 0x06) throw new IsoFormatError(`directory ${where}: a Rock Ridge name that means "." or ".."`);
        nameParts.push(entry.subarray(5));
      } else if (signature === 'RE') result.relocated = true;
      else if (signature === 'CL' && length >= 12)
        result.childLink = bothEndian32(entry, 4, `directory ${where}: a Rock Ridge child link`) * this.blockSize;
      else if (signature === 'CE' && length >= 28) {
        next = {
          offset:
            bothEndian32(entry, 4, `directory ${where}: a SUSP continuation block`) * this.blockSize +
            bothEndian32(entry, 12, `directory ${where}: a SUSP continuation offset`),
          length: bothEndian32(entry, 20, `directory ${where}: a SUSP continuation length`),
        };
      }
      at += length;
    }
    return next;
  }
}

/** A plain ISO 9660 identifier without its ";1" version and a trailing "." (a name with no extension). */
function plainName(id: Buffer): string {
  return id.toString('latin1').replace(/;\d+$/, '').replace(/\.$/, '');
}

/** Joliet identifiers are UCS-2 big-endian. */
function jolietName(id: Buffer): string {
  let name = '';
  for (let i = 0; i + 1 < id.length; i += 2) name += String.fromCharCode(id.readUInt16BE(i));
  return name.replace(/;\d+$/, '');
}

function checkName(name: string, where: string): void {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
    throw new IsoFormatError(`directory ${where}: an entry named ${JSON.stringify(name)}, which no file may be named`);
  }
}
