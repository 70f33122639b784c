import type { Settings } from '../shared/settings.js';

/** Largest settings file worth reading; a real one is a few kB. */
export const MAX_IMPORT_BYTES = 1_000_000;

export const EXPORT_FILE_NAME = 'sociable-settings.json';

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export type ImportRead = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * The first check of an imported file: size and JSON syntax. The content is then checked
 * by the background (migrations, schema, each rule's options), which names the path of
 * the first problem; nothing is saved unless everything passes.
 */
export function readImportFile(text: string, size = text.length): ImportRead {
  if (size > MAX_IMPORT_BYTES) return { ok: false, message: `the file is ${Math.round(size / 1024)} kB; a settings file is a few kB` };
  if (text.trim() === '') return { ok: false, message: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `the file is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}
