/**
 * Runs a command-line tool of src/cli (`node scripts/run-cli.mjs align a.txt b.txt`) from one
 * bundled JavaScript file, built by esbuild on first use and again whenever one of its
 * sources changes. A book's alignment is a second or two of work; loading TypeScript through
 * a transpiling loader added about a second more on each run (a loader thread, a compiler
 * process, thirty module round trips). The tools behave exactly as `tsx src/cli/<tool>.ts`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = ['align', 'check'];

const [tool, ...args] = process.argv.slice(2);
if (!TOOLS.includes(tool ?? '')) {
  process.stderr.write(`usage: run-cli.mjs ${TOOLS.join('|')} [arguments]\n`);
  process.exit(2);
}

// One bundle per checkout: git worktrees often share one node_modules (a symlink), and a
// bundle built from another checkout's sources would pass the freshness test below.
const cacheDir = join(ROOT, 'node_modules', '.cache', 'tarjuman-cli', createHash('sha256').update(ROOT).digest('hex').slice(0, 16));
const bundle = join(cacheDir, `${tool}.mjs`);
const inputsFile = join(cacheDir, `${tool}.inputs.json`);

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** The bundle is current when it exists and none of its sources (or this script) is newer. */
function current() {
  const built = mtime(bundle);
  if (built === Infinity) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return false;
  }
  return [...inputs, fileURLToPath(import.meta.url), join(ROOT, 'package-lock.json')].every((f) => mtime(f) <= built);
}

async function build() {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  // Written beside and renamed: two runs building at once never read half a file.
  const tmp = `${bundle}.${process.pid}.tmp.mjs`;
  const result = await esbuild({
    entryPoints: [join(ROOT, 'src', 'cli', `${tool}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs).map((f) => resolve(ROOT, f));
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs));
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  renameSync(tmp, bundle);
}

/**
 * Inputs up to this size make a run of a second or two, a third of it V8 warming up: its
 * optimising compiler works on the machine's other core while the run goes on, and inlines
 * for code that runs for minutes. Larger inputs run long enough to pay for the inlining.
 */
const SHORT_RUN_BYTES = 4_000_000;

/** Bytes of the arguments that are files (align's two texts). */
function inputBytes(argv) {
  let bytes = 0;
  for (const arg of argv) {
    try {
      const st = statSync(arg);
      if (st.isFile()) bytes += st.size;
    } catch {
      // an option or a missing file: the tool reports it
    }
  }
  return bytes;
}

// Less inlining: each optimised function compiles sooner and costs the run less CPU.
// Set before the bundle loads, so it holds for all of its code; output is the same.
if (tool === 'align' && inputBytes(args) < SHORT_RUN_BYTES) setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');

if (!current()) await build();
const mod = await import(pathToFileURL(bundle).href);
process.exitCode = mod.main(args);
