/**
 * Just enough of the zip format to read one named entry of a Word document (mammoth
 * reads the rest): the central directory, then stored or deflated data.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Why a zip cannot be read, in words for the person who has the file. */
export class ZipDamage extends Error {
  override readonly name = 'ZipDamage';

  constructor(
    /** Cut short (the directory at its end is missing), or damaged inside. */
    readonly kind: 'truncated' | 'damaged',
    message: string,
  ) {
    super(message);
  }
}

export function readZipEntry(bytes: Uint8Array, name: string): Buffer | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(buf);
  // Every zip ends with its directory: without it the file stops part-way through.
  if (end < 0) throw new ZipDamage('truncated', 'the file stops part-way through');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  for (let i = 0; i < count && at + 46 <= buf.length; i++) {
    if (buf.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipDamage('damaged', 'its list of contents is damaged');
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    const entryName = buf.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) return entryData(buf, localOffset, method, compressedSize);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

function entryData(buf: Buffer, offset: number, method: number, size: number): Buffer {
  if (offset + 30 > buf.length || buf.readUInt32LE(offset) !== LOCAL_HEADER) throw new ZipDamage('damaged', 'part of its contents is damaged');
  const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
  const data = buf.subarray(start, start + size);
  if (method === 0) return data;
  if (method === 8) {
    try {
      return inflateRawSync(data);
    } catch {
      throw new ZipDamage('damaged', 'part of its contents cannot be unpacked');
    }
  }
  throw new ZipDamage('damaged', `it uses a compression (method ${method}) Word does not write`);
}

function findEndOfDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of up to 64 KB, at the very end.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}
