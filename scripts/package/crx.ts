// Signs the CRX with Chromium's own packer (--pack-extension), so the format is whatever the browsers
// that install it expect; then reads the CRX3 header back to check what Chromium wrote.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
];
const INSTALL_HINT =
  'install Chromium (apt-get install -y chromium) or set CHROME_PATH to a Chromium, Chrome or Edge binary';

/** The browser that packs: CHROME_PATH, or the first usual path that exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH=${env.CHROME_PATH} does not exist: ${INSTALL_HINT}`);
  }
  const found = USUAL_PATHS.find((path) => existsSync(path));
  if (!found) throw new Error(`no Chromium to sign the CRX (looked at ${USUAL_PATHS.join(', ')}): ${INSTALL_HINT}`);
  return found;
}

/** Chromium's own error lines, without the prefix and the noise of its helper processes. */
function chromiumErrors(stderr: unknown): string {
  const lines = String(stderr ?? '').split('\n');
  const errors = lines.filter((l) => /ERROR:/.test(l) && !/zygote/.test(l)).map((l) => l.replace(/^\[[^\]]*\]\s*/, ''));
  return (errors.length ? errors : lines.filter((l) => l.trim())).slice(-5).join('\n  ');
}

export interface PackJob {
  readonly chromium: string;
  readonly extDir: string;
  /** A PKCS#8 PEM: Chromium refuses "BEGIN RSA PRIVATE KEY". */
  readonly keyPath: string;
  /** An empty folder, so that no user profile is touched. */
  readonly profileDir: string;
}

/** Packs extDir into `${extDir}.crx` with the browser and returns the CRX. */
export async function packWithChromium({ chromium, extDir, keyPath, profileDir }: PackJob): Promise<Buffer> {
  const args = [
    `--user-data-dir=${profileDir}`,
    '--no-message-box',
    `--pack-extension=${extDir}`,
    `--pack-extension-key=${keyPath}`,
  ];
  // Chromium refuses to start as root with its sandbox on; packing runs no web content anyway.
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  try {
    await promisify(execFile)(chromium, args, { timeout: 120_000 });
  } catch (error) {
    // execFile's rejection carries the exit code, what was written to stderr and whether it was killed.
    const detail = error as { code?: unknown; stderr?: unknown; killed?: boolean };
    const how = detail.killed ? 'timed out' : `exit code ${detail.code}`;
    throw new Error(
      `${chromium} --pack-extension failed (${how}):\n  ${chromiumErrors(detail.stderr) || String(error)}`,
      { cause: error },
    );
  }
  const crxPath = `${extDir}.crx`;
  if (!existsSync(crxPath)) throw new Error(`${chromium} --pack-extension exited without writing ${crxPath}`);
  return readFile(crxPath);
}

/** The fields of a protobuf message: field number → last length-delimited value (the only kind read here). */
function protobufBytes(buf: Buffer): Map<number, Buffer> {
  const fields = new Map<number, Buffer>();
  let at = 0;
  const varint = (): number => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= buf.length) throw new Error('CRX header: truncated');
      const byte = buf.readUInt8(at++);
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < buf.length) {
    const tag = varint();
    const wire = tag % 8;
    if (wire === 0) varint();
    else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else if (wire === 2) {
      const length = varint();
      fields.set(Math.floor(tag / 8), buf.subarray(at, at + length));
      at += length;
    } else throw new Error(`CRX header: unexpected protobuf wire type ${wire}`);
  }
  return fields;
}

/** Checks a CRX3 ("Cr24", version 3) and returns the extension id its signed header declares, and its ZIP. */
export function readCrx(crx: Buffer): { id: string; archive: Buffer } {
  if (crx.length < 12 || crx.toString('latin1', 0, 4) !== 'Cr24') throw new Error('not a CRX: no "Cr24" magic');
  const version = crx.readUInt32LE(4);
  if (version !== 3) throw new Error(`CRX version ${version}, not 3`);
  const headerEnd = 12 + crx.readUInt32LE(8);
  // CrxFileHeader.signed_header_data (field 10000) is a SignedData whose crx_id (field 1) is 16 bytes.
  const signedData = protobufBytes(crx.subarray(12, headerEnd)).get(10000);
  const crxId = signedData && protobufBytes(signedData).get(1);
  if (!crxId || crxId.length !== 16) throw new Error('CRX header: no 16-byte crx_id');
  const id = [...crxId.toString('hex')].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
  return { id, archive: crx.subarray(headerEnd) };
}
