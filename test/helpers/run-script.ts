import { spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The project's pinned tsx, found from the repository root: the CLI tests run scripts from other folders
// on purpose, where no node_modules/ is to be found. Run by this very Node, as npm would run it.
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

/** The command line of a script under scripts/ ('package.ts'), as `npm run` starts it: program, arguments. */
export function scriptCommand(script: string, args: readonly string[] = []): [string, string[]] {
  return [process.execPath, [TSX, fileURLToPath(new URL(`../../scripts/${script}`, import.meta.url)), ...args]];
}

/** Runs a script under scripts/ to its end, its output as text. */
export function runScript(
  script: string,
  args: readonly string[],
  options: SpawnSyncOptions = {},
): SpawnSyncReturns<string> {
  const [program, argv] = scriptCommand(script, args);
  return spawnSync(program, argv, { ...options, encoding: 'utf8' });
}
