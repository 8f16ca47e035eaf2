/**
 * Precision and recall of comparable-mode links against a gold of sure and possible pairs
 * (as in word-alignment evaluation): a link is right when it is sure or possible; recall is
 * over the sure pairs only, so a link the gold calls merely possible is neither required nor
 * punished.
 */
export interface LinkGold {
  sure: Array<[number, number]>;
  possible: Array<[number, number]>;
}

export interface LinkScore {
  links: number;
  right: number;
  sureFound: number;
  sure: number;
  precision: number;
  recall: number;
}

export function scoreLinks(links: Array<{ a: number; b: number }>, gold: LinkGold): LinkScore {
  const key = (a: number, b: number): string => `${a},${b}`;
  const sure = new Set(gold.sure.map(([a, b]) => key(a, b)));
  const possible = new Set(gold.possible.map(([a, b]) => key(a, b)));
  const found = new Set(links.map((l) => key(l.a, l.b)));
  const right = [...found].filter((k) => sure.has(k) || possible.has(k)).length;
  const sureFound = [...found].filter((k) => sure.has(k)).length;
  return {
    links: found.size,
    right,
    sureFound,
    sure: sure.size,
    precision: found.size ? right / found.size : 1,
    recall: sure.size ? sureFound / sure.size : 1,
  };
}
