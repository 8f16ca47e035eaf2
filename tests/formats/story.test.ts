import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
// @ts-expect-error a plain .mjs script without types
import { storyValidatorSource } from '../../scripts/story-validator.mjs';
import { contentHash } from '../../src/core/formats/story';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the story file schema', () => {
  it('is a valid JSON Schema, and the validator compiled from it is up to date', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'story.schema.json'), 'utf8'));
    expect(() => new Ajv({ strict: true }).compile(schema)).not.toThrow();
    expect(readFileSync(join(ROOT, 'src', 'core', 'formats', 'storyValidate.js'), 'utf8')).toBe((storyValidatorSource as () => string)());
  });

  it('names a text by the SHA-256 of its paragraphs joined by line feeds', async () => {
    // Checked against Node's own SHA-256 of the UTF-8 bytes (an independent implementation).
    expect(await contentHash(['a', 'ب 🎉'])).toBe(`sha256:${await sha(['a', 'ب 🎉'])}`);
    expect(await contentHash(['a', 'b'])).not.toBe(await contentHash(['a b']));
  });
});

async function sha(paragraphs: string[]): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(paragraphs.join('\n'), 'utf8').digest('hex');
}
