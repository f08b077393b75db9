import { z } from 'zod';

/**
 * One `_locales/<locale>/messages.json` as Chrome reads it: message name → text with named
 * placeholders (`$COMPANY$`) whose `content` is a positional substitution (`$1`…`$9`) or text.
 * See https://developer.chrome.com/docs/extensions/how-to/ui/localization-message-formats
 */
export const catalogSchema = z.record(
  z.string(),
  z.object({
    message: z.string(),
    description: z.string().optional(),
    placeholders: z
      .record(z.string(), z.object({ content: z.string(), example: z.string().optional() }))
      .optional(),
  }),
);

/** A parsed message catalog (see {@link catalogSchema}). */
export type Catalog = z.infer<typeof catalogSchema>;

/**
 * Parses a `messages.json` value. Throws a `ZodError` naming the message whose shape is wrong.
 */
export function parseCatalog(json: unknown): Catalog {
  return catalogSchema.parse(json);
}

const PLACEHOLDER = /\$([a-zA-Z0-9_@]+)\$/g;
const POSITIONAL = /\$(\$|[1-9])/g;

/**
 * The names of the placeholders a message uses, upper-cased and sorted (`["COMPANY", "TIER"]`),
 * for comparing a translation with the English message.
 */
export function placeholderNames(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => m[1]!.toUpperCase()))].sort();
}

/**
 * The text of message `key` in `catalog` with `subs` filled in, following Chrome's
 * `i18n.getMessage`: each `$NAME$` (case-insensitive) becomes its placeholder's content, then
 * `$1`…`$9` become `subs[0]`…`subs[8]` (missing ones empty) and `$$` a literal `$`. Returns
 * `undefined` when the catalog has no such message (the caller falls back to another locale).
 */
export function formatMessage(
  catalog: Catalog,
  key: string,
  subs: readonly string[] = [],
): string | undefined {
  const entry = catalog[key];
  if (!entry) return undefined;
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const named = entry.message.replace(
    PLACEHOLDER,
    (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
  );
  return named.replace(POSITIONAL, (_, digit: string) =>
    digit === '$' ? '$' : (subs[Number(digit) - 1] ?? ''),
  );
}
