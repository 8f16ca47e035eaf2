import { foldDigits } from '../../core/text/normalize';

/** A row number as typed, in Latin, Arabic-Indic or Persian digits; undefined unless whole. */
export function parseRowNumber(text: string): number | undefined {
  const digits = foldDigits(text).replace(/[\s,٬]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}
