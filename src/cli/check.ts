/**
 * Reviewer checks from the command line:
 *   npx tsx src/cli/check.ts <fileA> <fileB> [--others f1,f2] [--format json]
 * Reads and segments both files (and the others), aligns A with B and prints the flags as
 * JSON: check, paragraph indices, the flagged text span, evidence and suggestion. Bad input
 * (missing, empty or binary file) gives one line on stderr and exit code 1; bad usage (wrong
 * arguments) exit code 2, as for align (io.ts).
 */
import { basename } from 'node:path';
import { align } from '../core/align';
import { runChecks, type CheckDoc } from '../core/checks';
import { CoreError, type Flag } from '../core/model';
import { detectLanguage } from '../core/text/detect';
import { segment } from '../core/text/segment';
import { EXIT_INPUT, EXIT_USAGE, readTextFile, UsageError } from './io';

interface Args {
  a: string;
  b: string;
  others: string[];
  format: 'json';
}

const USAGE = 'usage: check <fileA> <fileB> [--others f1,f2] [--format json]';

export function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let others: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--others') others = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (arg === '--format') {
      if (argv[++i] !== 'json') throw new UsageError(`only --format json is supported; ${USAGE}`);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 2) throw new UsageError(USAGE);
  return { a: files[0]!, b: files[1]!, others, format: 'json' };
}

/** A file as a checkable document: read (io.ts, shared with the align CLI), detected, segmented. */
export function readDoc(path: string): CheckDoc {
  const text = readTextFile(path);
  const detected = detectLanguage(text);
  const lang = detected.lang === 'und' ? 'en' : detected.lang;
  return { id: basename(path), lang, paragraphs: segment(text, { lang }) };
}

/** The JSON a reviewer reads: the span's text is included so the output stands alone. */
function present(flag: Flag, docs: { a: CheckDoc; b: CheckDoc }) {
  const span = flag.span ? { ...flag.span, text: docs[flag.span.side].paragraphs[flag.span.paragraph]?.text.slice(flag.span.start, flag.span.end) ?? '' } : undefined;
  return { id: flag.id, check: flag.check, paragraphs: flag.paragraphs, span, evidence: flag.evidence, suggestion: flag.suggestion, data: flag.data };
}

export function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    const a = readDoc(args.a);
    const b = readDoc(args.b);
    const others = args.others.map(readDoc);
    const beads = align(a, b);
    const flags = runChecks({ a, b, beads, others });
    process.stdout.write(`${JSON.stringify(flags.map((f) => present(f, { a, b })), null, 2)}\n`);
    return 0;
  } catch (e) {
    const msg = e instanceof CoreError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
    process.stderr.write(`check: ${msg.split('\n')[0]}\n`);
    return e instanceof UsageError ? EXIT_USAGE : EXIT_INPUT;
  }
}

if (process.argv[1] && /check\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
