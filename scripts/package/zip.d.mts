export interface ZipFile {
  /** Relative, '/'-separated. */
  path: string;
  data: Buffer;
}
/** The ZIP archive of these files, deflated: the same bytes for the same files, whatever their order. */
export declare function zipFiles(files: readonly ZipFile[]): Buffer;
/** Every file under dir (hidden ones left out), path relative to dir, sorted by path. */
export declare function readTree(dir: string): Promise<ZipFile[]>;
