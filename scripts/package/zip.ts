// A ZIP writer with nothing taken from the machine: fixed date, fixed attributes, files sorted by path.
// Zip tools stamp each file with its mtime and the owner's permissions, so two builds of the same commit
// would differ; the store ZIP must be byte-identical, so that its SHA256SUMS line proves where it came from.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFile {
  /** Relative, '/'-separated. */
  readonly path: string;
  readonly data: Buffer;
}

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly method: number;
  readonly body: Buffer;
}

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (1 << 5) | 1; // 1980-01-01, the earliest date a ZIP can hold
const FLAG_UTF8 = 0x0800;
const VERSION_NEEDED = 20; // 2.0: deflate
const MADE_BY_UNIX = (3 << 8) | VERSION_NEEDED; // so that unzip reads the Unix mode below
const FILE_MODE = 0o100644 * 0x10000; // regular file, rw-r--r--, whoever built it
const STORED = 0;
const DEFLATED = 8;

/** Byte order of the UTF-8 names, not the locale's: the same on every machine. */
const byPath = (a: ZipFile, b: ZipFile): number => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path));

function checkPath(path: string, seen: Set<string>): void {
  if (
    !path ||
    path.startsWith('/') ||
    path.includes('\\') ||
    path.split('/').some((p) => p === '' || p === '.' || p === '..')
  ) {
    throw new Error(`zip: not a relative file path: ${JSON.stringify(path)}`);
  }
  if (seen.has(path)) throw new Error(`zip: ${path} twice`);
  seen.add(path);
}

function compress(data: Buffer): Pick<Entry, 'method' | 'body'> {
  const deflated = deflateRawSync(data, { level: 9 });
  // Already-compressed files (PNG) can grow when deflated again.
  return deflated.length < data.length ? { method: DEFLATED, body: deflated } : { method: STORED, body: data };
}

/** The fields shared by the local header (from offset 4) and the central directory entry (from offset 6). */
function commonFields(entry: Entry): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(VERSION_NEEDED, 0);
  b.writeUInt16LE(FLAG_UTF8, 2);
  b.writeUInt16LE(entry.method, 4);
  b.writeUInt16LE(DOS_TIME, 6);
  b.writeUInt16LE(DOS_DATE, 8);
  b.writeUInt32LE(entry.crc, 10);
  b.writeUInt32LE(entry.body.length, 14);
  b.writeUInt32LE(entry.size, 18);
  b.writeUInt16LE(entry.name.length, 22);
  b.writeUInt16LE(0, 24); // no extra field: that is where tools put timestamps and uids
  return b;
}

/** The ZIP archive of these files, deflated: the same bytes for the same files, whatever their order. */
export function zipFiles(files: readonly ZipFile[]): Buffer {
  const seen = new Set<string>();
  const entries = [...files].sort(byPath).map(({ path, data }): Entry => {
    checkPath(path, seen);
    return { name: Buffer.from(path, 'utf8'), crc: crc32(data), size: data.length, ...compress(data) };
  });
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const common = commonFields(entry);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, entry.name, entry.body]);
    const head = Buffer.alloc(6);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(MADE_BY_UNIX, 4);
    const tail = Buffer.alloc(14); // comment length, disk, internal attributes: 0
    tail.writeUInt32LE(FILE_MODE, 6);
    tail.writeUInt32LE(offset, 10);
    centrals.push(head, common, tail, entry.name);
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  if (entries.length > 0xffff || offset + directory.length > 0xffffffff)
    throw new Error('zip: too big for a ZIP without ZIP64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Every file under dir, with its path relative to dir ('/'-separated), sorted by path. Hidden files
 * (.DS_Store and the like) are left out, as Chromium leaves them out of a CRX.
 */
export async function readTree(dir: string): Promise<ZipFile[]> {
  const files: ZipFile[] = [];
  const walk = async (sub: string): Promise<void> => {
    for (const item of await readdir(join(dir, sub), { withFileTypes: true })) {
      if (item.name.startsWith('.')) continue;
      const path = sub ? `${sub}/${item.name}` : item.name;
      if (item.isDirectory()) await walk(path);
      else if (item.isFile()) files.push({ path, data: await readFile(join(dir, path)) });
      else throw new Error(`${join(dir, path)}: neither a file nor a folder`);
    }
  };
  await walk('');
  return files.sort(byPath);
}
