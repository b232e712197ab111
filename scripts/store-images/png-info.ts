/** What a PNG's IHDR says: enough to check a store image's size and whether it has an alpha channel. */
export interface PngInfo {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 2: RGB; 6: RGBA; 0, 3, 4: grey, palette, grey + alpha. */
  readonly colourType: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Reads the header of a PNG; throws when the bytes are not one. */
export function pngInfo(png: Buffer): PngInfo {
  // The IHDR chunk always comes first: length (4), "IHDR" (4), then its 13 bytes.
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png[24] ?? 0,
    colourType: png[25] ?? 0,
  };
}

/** Why this PNG is not an opaque 24-bit image of that size, or null when it is. */
export function opaqueProblem(png: Buffer, width: number, height: number): string | null {
  const info = pngInfo(png);
  if (info.width !== width || info.height !== height)
    return `${info.width}x${info.height} instead of ${width}x${height}`;
  if (info.colourType !== 2 || info.bitDepth !== 8)
    return `colour type ${info.colourType}, ${info.bitDepth} bits (want 2: RGB, 8 bits, no alpha)`;
  return null;
}
