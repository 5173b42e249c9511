/**
 * A minimal zip writer for tests: builds the archives an attacker could upload as a run artifact
 * (bombs, symlink entries) and ordinary ones from a folder, plus a loopback server for them.
 */
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The content, or `zeros` bytes of 0 (streamed, for bombs). */
  data?: Buffer;
  zeros?: number;
  /** Unix mode with type bits (0o100644 file, 0o120777 symlink). */
  mode?: number;
}

const EMPTY = deflateRawSync(Buffer.alloc(0));

async function deflate(entry: ZipEntry): Promise<{ crc: number; size: number; compressed: Buffer }> {
  // In memory at once when there is no stream of zeros: 50,001 entries in well under a second.
  if (!entry.zeros) {
    const data = entry.data ?? Buffer.alloc(0);
    return {
      crc: crc32(data),
      size: data.length,
      compressed: data.length === 0 ? EMPTY : deflateRawSync(data, { level: 9 }),
    };
  }
  const d = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((r) => d.on('end', () => r()));
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!d.write(b)) await new Promise((r) => d.once('drain', r));
  };
  if (entry.data) await write(entry.data);
  if (entry.zeros) {
    const chunk = Buffer.alloc(1024 * 1024);
    for (let left = entry.zeros; left > 0; left -= chunk.length)
      await write(left >= chunk.length ? chunk : chunk.subarray(0, left));
  }
  d.end();
  await done;
  return { crc, size, compressed: Buffer.concat(out) };
}

export async function buildZip(entries: ZipEntry[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { crc, size, compressed } = await deflate(e);
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE((3 << 8) | 20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt16LE(0, 12);
    cd.writeUInt16LE(0x21, 14);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(compressed.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(0, 30);
    cd.writeUInt16LE(0, 32);
    cd.writeUInt16LE(0, 34);
    cd.writeUInt16LE(0, 36);
    cd.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, compressed);
    central.push(cd, name);
    offset += local.length + name.length + compressed.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, end]);
}

/** Entries for every file and symlink under `dir`, named relative to it (the layout upload gives). */
export function entriesOf(dir: string): ZipEntry[] {
  const out: ZipEntry[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const p = join(d.parentPath, d.name);
    const st = lstatSync(p);
    const name = relative(dir, p).split('\\').join('/');
    if (st.isSymbolicLink()) out.push({ name, data: Buffer.from(readlinkSync(p)), mode: 0o120777 });
    else if (st.isFile()) out.push({ name, data: readFileSync(p) });
  }
  return out;
}

/** Serves zips at http://127.0.0.1:PORT/NAME. */
export async function serveZips(): Promise<{
  url(name: string): string;
  put(name: string, zip: Buffer): void;
  stop(): Promise<void>;
}> {
  const files = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const z = files.get((req.url ?? '/').slice(1));
    if (!z) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': z.length }).end(z);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    put: (name, zip) => {
      files.set(name, zip);
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
