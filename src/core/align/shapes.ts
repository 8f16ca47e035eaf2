/**
 * Bead shapes: how many paragraphs (or sentences) of A and of B one bead takes. The index
 * of a shape in SHAPES is what the search stores per cell, so the list has at most 255
 * entries and its order never changes meaning inside one search.
 */
export interface Shape {
  readonly da: number;
  readonly db: number;
}

export const SHAPES: readonly Shape[] = [
  { da: 1, db: 1 },
  { da: 1, db: 0 },
  { da: 0, db: 1 },
  { da: 2, db: 1 },
  { da: 1, db: 2 },
  { da: 2, db: 2 },
  { da: 3, db: 1 },
  { da: 1, db: 3 },
  // A literary translator may make one long sentence of several, or several of one.
  { da: 2, db: 3 },
  { da: 3, db: 2 },
  { da: 4, db: 1 },
  { da: 1, db: 4 },
  { da: 5, db: 1 },
  { da: 1, db: 5 },
  { da: 6, db: 1 },
  { da: 1, db: 6 },
  { da: 7, db: 1 },
  { da: 1, db: 7 },
  { da: 8, db: 1 },
  { da: 1, db: 8 },
  // Where one side has three or more units for each of the other's (a Persian or Arabic
  // paragraph written as one long sentence, its translation split into many), the long
  // tail of a translator's beads passes eight: the literary path then tries these too.
  { da: 9, db: 1 },
  { da: 1, db: 9 },
  { da: 10, db: 1 },
  { da: 1, db: 10 },
  { da: 11, db: 1 },
  { da: 1, db: 11 },
  { da: 12, db: 1 },
  { da: 1, db: 12 },
  { da: 13, db: 1 },
  { da: 1, db: 13 },
  { da: 14, db: 1 },
  { da: 1, db: 14 },
  { da: 15, db: 1 },
  { da: 1, db: 15 },
  { da: 16, db: 1 },
  { da: 1, db: 16 },
];

/** Largest number of units one side of a bead can take. */
export const MAX_SIDE = 16;

/** How many of SHAPES reach up to 1-8 and 8-1 (every search but the literary path's long beads). */
export const SHAPES_TO_EIGHT = 20;

/** Most units one side of a bead takes among the first `shapes` of SHAPES. */
export function sideReach(shapes: number): number {
  let reach = 1;
  for (let s = 0; s < Math.min(shapes, SHAPES.length); s++) reach = Math.max(reach, SHAPES[s]!.da, SHAPES[s]!.db);
  return reach;
}

export function isLink(shape: Shape): boolean {
  return shape.da > 0 && shape.db > 0;
}
