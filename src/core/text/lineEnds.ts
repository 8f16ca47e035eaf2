/**
 * Tests on the ends of lines without regular expressions. A pattern such as `/[.!?]\s*$/`
 * is tried at every position of the line, so each test reads the whole line; segmentation
 * asks several of them of every line of a book. These read from the end and stop at the
 * first character that is not a space, with the same answers.
 */

/** Code units JavaScript's \s matches (the set String.prototype.trim removes). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Number of whitespace-separated words, counted up to `most + 1` at most: callers only ask
 * whether a line is short, and books hold a million words.
 */
export function words(line: string, most = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord && ++count > most) return count;
    inWord = !space;
  }
  return count;
}

/** `/^\S+(\s+\S+){0,most-1}$/u`: at most `most` words, with no space before the first or after the last. */
export function fewWords(line: string, most: number): boolean {
  return line.length > 0 && !isSpace(line.charCodeAt(0)) && !isSpace(line.charCodeAt(line.length - 1)) && words(line, most) <= most;
}

/**
 * `/[chars]\s*$/u` for characters of the first plane: whether the last character before any
 * trailing spaces is one of `chars` (a later one would stand between it and the end).
 */
export function endsWithOneOf(chars: string): (line: string) => boolean {
  const set = new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
  return (line) => {
    let k = line.length - 1;
    while (k >= 0 && isSpace(line.charCodeAt(k))) k--;
    return k >= 0 && set.has(line.charCodeAt(k));
  };
}
