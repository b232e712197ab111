export declare const SIZES: number[];
export declare const ICON: {
  background: { color: [number, number, number]; radius: number };
  check: { color: [number, number, number]; width: number; points: [number, number][] };
};
export declare function encodePng(size: number, rgba: Buffer): Buffer;
/** File name (e.g. "icon-16.png") -> PNG bytes, without touching the disk. */
export declare function renderIcons(): Map<string, Buffer>;
/** The icon as a store logo: `size` px square with `pad` px of transparent margin on each side. */
export declare function renderLogo(size: number, pad?: number): Buffer;
