/**
 * The reader's commands, written once: the key handler, the toolbar buttons and the
 * shortcuts dialog all read the same table, so a key cannot work without being listed, nor a
 * button do something its key does not.
 */
export interface Command {
  id: string;
  /** Keys as `Ctrl+Shift+Z`, `Alt+ArrowUp`, `m`, `?` (Ctrl also means ⌘ on a Mac). */
  keys: readonly string[];
  /** i18n key of what a button says. */
  label: () => string;
  /** i18n key of its line in the shortcuts dialog; commands sharing one are listed together. */
  help?: string;
  /** Only while a paragraph of the rows has the keyboard focus (moving between paragraphs). */
  inParagraph?: boolean;
  /** Shown in the alignment toolbar (edit mode). */
  toolbar?: boolean;
  enabled: () => boolean;
  run: () => void;
}

interface KeySpec {
  key: string;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

export function parseKey(spec: string): KeySpec {
  const parts = spec === '+' ? ['+'] : spec.split('+');
  const key = parts[parts.length - 1]!;
  const mods = new Set(parts.slice(0, -1));
  return { key, ctrl: mods.has('Ctrl'), shift: mods.has('Shift'), alt: mods.has('Alt') };
}

/** Letters compare case-free with Shift as written; other keys (`?`) ignore the Shift that types them. */
export function matchesKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, spec: string): boolean {
  const k = parseKey(spec);
  if ((e.ctrlKey || e.metaKey) !== k.ctrl || e.altKey !== k.alt) return false;
  if (/^[a-z]$/i.test(k.key)) return e.key.toLowerCase() === k.key.toLowerCase() && e.shiftKey === k.shift;
  return e.key === k.key && (!k.shift || e.shiftKey);
}

export function commandFor(commands: readonly Command[], e: KeyboardEvent, inParagraph: boolean): Command | undefined {
  return commands.find((c) => (!c.inParagraph || inParagraph) && c.keys.some((k) => matchesKey(e, k)));
}

const ARROWS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };

/** A key as the dialog shows it. */
export const keyLabel = (spec: string) => spec.split(/\+(?=.)/).map((p) => ARROWS[p] ?? p).join('+');

/** The dialog's lines: one per help text, with every key of the commands that share it. */
export function helpLines(commands: readonly Command[]): { help: string; keys: string[] }[] {
  const lines: { help: string; keys: string[] }[] = [];
  for (const c of commands) {
    if (!c.keys.length || !c.help) continue;
    const line = lines.find((l) => l.help === c.help);
    if (line) line.keys.push(...c.keys);
    else lines.push({ help: c.help, keys: [...c.keys] });
  }
  return lines;
}
