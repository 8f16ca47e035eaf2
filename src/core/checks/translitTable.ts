import table from './translit-table.json';
import { useTranslitTable, type TranslitTable } from './translitModel';

/**
 * Installs the shipped transliteration table (translit-table.json, built by
 * scripts/build-translit.ts from Wikidata names, CC0, Google's Wikipedia-mined pairs,
 * Apache 2.0, and name pairs of NTREX-128's development half, CC BY-SA 4.0; see
 * translit-table.LICENSE.md). Imported once by the checks.
 */
useTranslitTable(table as TranslitTable);
