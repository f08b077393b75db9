import { z } from 'zod';

/** A regular expression written as a string; it must compile. */
const pattern = z
  .string()
  .min(3)
  .max(300)
  .refine(
    (source) => {
      try {
        new RegExp(source, 'i');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  );

export const fingerprintSchema = z
  .object({
    name: z.string().min(1).max(60),
    category: z.string().min(1).max(60),
    website: z.string().min(3).max(100),
    /** Matched against each `<script src>`. */
    scriptSrc: z.array(pattern).max(20).optional(),
    /** Matched against each `<link href>` (stylesheets, preconnects, icons). */
    linkHref: z.array(pattern).max(20).optional(),
    /** Matched against each `<iframe src>`. */
    iframeSrc: z.array(pattern).max(20).optional(),
    /** `<meta name="…" content>` by name, e.g. `{ "generator": "^WordPress" }`. */
    meta: z.record(z.string().min(1).max(60), pattern).optional(),
    /** Matched against the text of inline scripts (never JSON-LD, never visible text). */
    inlineScript: z.array(pattern).max(20).optional(),
    /** CSS selectors of markers the technology leaves in the DOM. */
    dom: z.array(z.string().min(1).max(200)).max(20).optional(),
    implies: z.array(z.string().min(1).max(60)).max(10).optional(),
    /** How sure a hit is, 0–1, when the default for its kind is wrong for this technology. */
    confidence: z.number().min(0).max(1).optional(),
  })
  .strict();

/** The fingerprint file: names unique, every `implies` names a technology of the file. */
export const fingerprintFileSchema = z
  .object({ technologies: z.array(fingerprintSchema).min(1) })
  .strict()
  .superRefine((file, ctx) => {
    const names = new Set<string>();
    file.technologies.forEach((t, i) => {
      if (names.has(t.name))
        ctx.addIssue({ code: 'custom', path: ['technologies', i, 'name'], message: 'duplicate' });
      names.add(t.name);
    });
    file.technologies.forEach((t, i) => {
      for (const implied of t.implies ?? [])
        if (!names.has(implied))
          ctx.addIssue({
            code: 'custom',
            path: ['technologies', i, 'implies'],
            message: `"${implied}" is not a technology of this file`,
          });
    });
  });

export type Fingerprint = z.infer<typeof fingerprintSchema>;
