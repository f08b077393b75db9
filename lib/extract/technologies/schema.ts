import { z } from 'zod';

/**
 * The fingerprint file (`fingerprints.json`), validated in the tests and by anyone who edits it.
 * The detector (`detect.ts`) does not import zod: it runs in an injected script.
 */

const compiles = (source: string) => {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
};

/**
 * A regular expression written as a string, matched case-insensitively. It must compile, must
 * not match the empty string (it would match everything), and must not use backreferences or
 * named groups: the detector joins all patterns of a kind into one regex.
 */
const pattern = z
  .string()
  .min(2)
  .max(300)
  .refine(compiles, { message: 'not a valid regular expression' })
  .refine((source) => !compiles(source) || !new RegExp(source, 'i').test(''), {
    message: 'matches the empty string, so everything',
  })
  .refine((source) => !/\\[1-9]|\\k<|\(\?<(?![=!])/.test(source), {
    message: 'no backreferences or named groups: patterns are joined into one regex',
  });

/** A meta content pattern; "" means the meta's presence is enough. */
const metaPattern = z
  .string()
  .max(300)
  .refine(compiles, { message: 'not a valid regular expression' });

const name = z.string().trim().min(1).max(60);

export const fingerprintSchema = z
  .object({
    name,
    category: z.string().trim().min(1).max(60),
    /** The vendor's site, without scheme: "hubspot.com". */
    website: z
      .string()
      .min(3)
      .max(100)
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/, 'a host (and path) without scheme'),
    /** Matched against each `<script src>`. */
    scriptSrc: z.array(pattern).min(1).max(20).optional(),
    /** Matched against each `<link href>` (stylesheets, preloads, preconnects). */
    linkHref: z.array(pattern).min(1).max(20).optional(),
    /** Matched against each `<iframe src>`. */
    iframeSrc: z.array(pattern).min(1).max(20).optional(),
    /** `<meta name|property|http-equiv>` by key, e.g. `{ "generator": "^WordPress" }`. */
    meta: z.record(z.string().min(1).max(60), metaPattern).optional(),
    /** Matched against the text of executable inline scripts (never JSON-LD, never page text). */
    inlineScript: z.array(pattern).min(1).max(20).optional(),
    /** CSS selectors of markers the technology leaves in the DOM (not links to its site). */
    dom: z
      .array(
        z
          .string()
          .min(1)
          .max(200)
          .refine((s) => !s.includes(','), { message: 'one selector per entry, no lists' })
          .refine((s) => !/^a\[/.test(s), {
            message: 'a link to a vendor is not code; the hiring extractor reads careers links',
          }),
      )
      .min(1)
      .max(20)
      .optional(),
    implies: z.array(name).min(1).max(10).optional(),
    /** 0–1, multiplies the confidence of every sign of this technology (default 1). */
    confidence: z.number().gt(0).max(1).optional(),
  })
  .strict();

/** The fingerprint file: names unique, every `implies` names another technology of the file. */
export const fingerprintFileSchema = z
  .object({ technologies: z.array(fingerprintSchema).min(1) })
  .strict()
  .superRefine((file, ctx) => {
    const names = new Set<string>();
    file.technologies.forEach((t, i) => {
      if (names.has(t.name))
        ctx.addIssue({
          code: 'custom',
          path: ['technologies', i, 'name'],
          message: `duplicate "${t.name}"`,
        });
      names.add(t.name);
    });
    file.technologies.forEach((t, i) => {
      for (const implied of t.implies ?? [])
        if (!names.has(implied) || implied === t.name)
          ctx.addIssue({
            code: 'custom',
            path: ['technologies', i, 'implies'],
            message:
              implied === t.name
                ? 'a technology cannot imply itself'
                : `"${implied}" is not a technology of this file`,
          });
    });
  });

export type Fingerprint = z.infer<typeof fingerprintSchema>;
export type FingerprintFileData = z.infer<typeof fingerprintFileSchema>;
