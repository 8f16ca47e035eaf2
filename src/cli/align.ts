/**
 * Aligns two text files from the command line:
 *   npx tsx src/cli/align.ts <fileA> <fileB> [--mode parallel|comparable] [--format json|tsv]
 * Paragraphs are exactly segment(text) of each file; language and direction come from
 * detectLanguage. JSON output:
 *   {"a":{"lang","dir","paragraphs":[text...]},"b":{...},"beads":[{"a":[i...],"b":[j...],"score","confidence"}...]}
 * (comparable mode prints "links" instead of "beads"). Bad input gives one line on stderr
 * and a non-zero exit code.
 */
import { pathToFileURL } from 'node:url';
import { align, type Link } from '../core/align';
import { CoreError, type Bead, type Dir, type Paragraph } from '../core/model';
import { detectLanguage } from '../core/text/detect';
import { segment } from '../core/text/segment';
import { alignmentToTsv, pairAlignment } from '../core/formats/alignment-export';
import { writeTsv } from '../core/formats/csv';
import { InputError, readTextFile, UsageError } from './io';

export interface AlignArgs {
  a: string;
  b: string;
  mode: 'parallel' | 'comparable';
  format: 'json' | 'tsv';
}

const USAGE = 'usage: align <fileA> <fileB> [--mode parallel|comparable] [--format json|tsv]';

export { UsageError };

function option<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

export function parseArgs(argv: string[]): AlignArgs {
  const files: string[] = [];
  let mode: AlignArgs['mode'] = 'parallel';
  let format: AlignArgs['format'] = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg, undefined];
    if (flag === '--mode') mode = option('mode', inline ?? argv[++i], ['parallel', 'comparable'] as const);
    else if (flag === '--format') format = option('format', inline ?? argv[++i], ['json', 'tsv'] as const);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 2) throw new UsageError(USAGE);
  return { a: files[0]!, b: files[1]!, mode, format };
}

interface CliDoc {
  lang: string;
  dir: Dir;
  paragraphs: Paragraph[];
}

function loadDoc(path: string): CliDoc {
  const text = readTextFile(path);
  const det = detectLanguage(text);
  const lang = det.lang === 'und' ? 'en' : det.lang;
  // The CLI prints paragraph links only: sentences are not split (a third of reading a book).
  return { lang: det.lang, dir: det.dir, paragraphs: segment(text, { lang, sentences: false }) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function docJson(d: CliDoc): object {
  return { lang: d.lang, dir: d.dir, paragraphs: d.paragraphs.map((p) => p.text) };
}

/**
 * The app's TSV export, byte for byte (one dialect: RFC 4180 quoting with tabs, formula guard,
 * paragraph numbers from 1 as the reader shows them).
 */
function beadsTsv(a: CliDoc, b: CliDoc, beads: Bead[]): string {
  return alignmentToTsv(pairAlignment(a, b, beads));
}

/** Links in the same dialect; paragraph numbers from 1. */
function linksTsv(a: CliDoc, b: CliDoc, links: Link[]): string {
  const rows = links.map((l) => [String(l.a + 1), String(l.b + 1), String(round(l.score)), l.evidence.join('; '), a.paragraphs[l.a]!.text, b.paragraphs[l.b]!.text]);
  return writeTsv([['a paragraph', 'b paragraph', 'score', 'evidence', 'text_a', 'text_b'], ...rows]);
}

/** Runs the command; returns what to print on stdout. Throws InputError / UsageError. */
export function runAlign(args: AlignArgs): string {
  const a = loadDoc(args.a);
  const b = loadDoc(args.b);
  const docs = [{ lang: a.lang, paragraphs: a.paragraphs }, { lang: b.lang, paragraphs: b.paragraphs }] as const;
  if (args.mode === 'comparable') {
    const links = align(docs[0], docs[1], { mode: 'comparable' });
    if (args.format === 'tsv') return linksTsv(a, b, links);
    return JSON.stringify({ a: docJson(a), b: docJson(b), links: links.map((l) => ({ ...l, score: round(l.score) })) }) + '\n';
  }
  const beads = align(docs[0], docs[1], { mode: 'parallel', sentences: false });
  if (args.format === 'tsv') return beadsTsv(a, b, beads);
  const out = beads.map((x) => ({ a: x.a, b: x.b, score: round(x.score), confidence: round(x.confidence) }));
  return JSON.stringify({ a: docJson(a), b: docJson(b), beads: out }) + '\n';
}

/** Entry point: exit code 0 on success, 1 on bad input, 2 on bad usage (io.ts, as for check). */
export function main(argv: string[]): number {
  try {
    process.stdout.write(runAlign(parseArgs(argv)));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`align: ${e.message}\n`);
      return 2;
    }
    if (e instanceof InputError || e instanceof CoreError) {
      process.stderr.write(`align: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
