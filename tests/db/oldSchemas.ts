import Dexie from 'dexie';

/**
 * Schema versions exactly as earlier releases declared them, frozen here on purpose: a
 * migration test must open the database the way an old browser left it, whatever schema.ts
 * says today. Append a function when schema.ts appends a version; never edit one.
 */
export function declareV1(db: Dexie): Dexie {
  db.version(1).stores({
    stories: 'id, updatedAt, deletedAt',
    documents: 'id, storyId, updatedAt, deletedAt',
    alignments: 'id, storyId, editedAt',
    meta: 'key',
  });
  return db;
}

export function declareV2(db: Dexie): Dexie {
  declareV1(db).version(2).stores({
    annotations: 'id, storyId, docId, updatedAt, deletedAt',
  });
  return db;
}

/** v3: reviewer decisions about flags; documents still hold their paragraphs inline. */
export function declareV3(db: Dexie): Dexie {
  declareV2(db).version(3).stores({
    flagDismissals: '[storyId+flagId], storyId',
  });
  return db;
}

/**
 * v4: paragraphs in their own table, alignments still holding their beads as objects. The v4
 * upgrade function is left out: a test seeds this version fresh, so it never runs.
 */
export function declareV4(db: Dexie): Dexie {
  declareV3(db).version(4).stores({
    paragraphs: '[docId+chunk]',
  });
  return db;
}

/**
 * v5: alignments hold their beads packed, with one edit history for all tabs in the row and
 * no revision. Its upgrade function is left out: a test seeds this version fresh.
 */
export function declareV5(db: Dexie): Dexie {
  declareV4(db).version(5).stores({});
  return db;
}

/** v6: undo histories per tab and drafts; flags not stored (the checks posted them to the page). */
export function declareV6(db: Dexie): Dexie {
  declareV5(db).version(6).stores({
    editHistories: '[alignmentId+tabId], alignmentId, updatedAt',
    drafts: 'key, updatedAt',
  });
  return db;
}
