// Lists the entries of a zip file (a .vsix) from its central directory: names and sizes.
import fs from 'node:fs';

export function zipEntries(file) {
  const buf = fs.readFileSync(file);
  // The end-of-central-directory record sits in the last 22 bytes plus up to 64 KiB of comment.
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({ name: buf.toString('utf8', at + 46, at + 46 + nameLength), size: buf.readUInt32LE(at + 24) });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}
