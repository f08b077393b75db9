import { z } from 'zod';
import { UI_LOCALES } from '../i18n/locales';
import { CRITERIA } from './index';

/** The company fields an ICP criterion can score. See DESIGN.md "ICP file". */
export const CRITERION_FIELDS = [
  'industry',
  'employees',
  'revenue',
  'location',
  'technologies',
  'keywords',
  'founded',
  'companyType',
  'hiring',
  'funding',
  'businessModel',
  'hiringFor',
] as const;
export type CriterionField = (typeof CRITERION_FIELDS)[number];

export const CRITERION_MODES = ['score', 'require', 'exclude'] as const;
export type CriterionMode = (typeof CRITERION_MODES)[number];

export const ICP_FORMAT = 'icp-lens/icp@1';

const label = z
  .string()
  .trim()
  .min(1, 'Write something here')
  .max(200, 'Keep it under 200 characters');
/** A share from 0 (nothing) to 1 (all of the weight). */
const share = z
  .number('Enter a number')
  .min(0, 'Use 0 to 1')
  .max(1, 'Use 0 to 1 (1 = all of the weight)');

/**
 * One band of a criterion: `in` for categories (industries, countries and regions, technologies,
 * keywords, company types, funding stages), `min`/`max` (inclusive) for numbers.
 */
export const bandSchema = z
  .object({
    in: z.array(label).min(1).max(500).optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    credit: share.default(1),
  })
  .strict()
  .refine((b) => b.in !== undefined || b.min !== undefined || b.max !== undefined, {
    message: 'a band needs "in" (a list of values) or "min"/"max" (a number range)',
    params: { rule: 'band-needs-values' },
  })
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, {
    message: '"min" must not be greater than "max"',
    params: { rule: 'band-min-over-max' },
  });
export type Band = z.infer<typeof bandSchema>;

/**
 * Fields whose bands are number ranges (`min`/`max`) and fields whose bands are lists (`in`), from
 * the registry; `funding` takes either or both (`in` for stages, `min`/`max` for USD raised).
 */
export const NUMBER_FIELDS: readonly CriterionField[] = CRITERION_FIELDS.filter(
  (field) => CRITERIA[field].shape === 'number',
);
export const LIST_FIELDS: readonly CriterionField[] = CRITERION_FIELDS.filter(
  (field) => CRITERIA[field].shape === 'list',
);

export const criterionSchema = z
  .object({
    field: z.enum(CRITERION_FIELDS),
    mode: z.enum(CRITERION_MODES).default('score'),
    weight: z.number().min(0).max(100).default(1),
    /** Optional human name shown in reasons, e.g. "Company size". */
    label: label.optional(),
    bands: z.array(bandSchema).min(1).max(50),
    /**
     * Optional sentence used in talking points when this criterion matches. It may name the
     * company's facts as {name}, {industry}, {employees}, {city}, {country}, {founded}, {age},
     * {specialties}, {technologies}, {openRoles}, {funding}; a point whose placeholder has no
     * value is left out.
     */
    talkingPoint: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .superRefine((criterion, ctx) => {
    const numbers = NUMBER_FIELDS.includes(criterion.field);
    const lists = LIST_FIELDS.includes(criterion.field);
    criterion.bands.forEach((band, i) => {
      if (numbers && band.in !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'in'],
          message: `"${criterion.field}" bands are number ranges: use "min"/"max", not "in"`,
          params: { rule: 'band-range-not-list', field: criterion.field },
        });
      if (lists && (band.min !== undefined || band.max !== undefined))
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, band.min !== undefined ? 'min' : 'max'],
          message: `"${criterion.field}" bands are lists: use "in", not "min"/"max"`,
          params: { rule: 'band-list-not-range', field: criterion.field },
        });
    });
  });
export type Criterion = z.infer<typeof criterionSchema>;

export const tierSchema = z.object({ name: label, minScore: z.number().min(0).max(100) }).strict();
export type Tier = z.infer<typeof tierSchema>;

export const personaSchema = z
  .object({
    title: label,
    seniority: label.optional(),
    department: label.optional(),
  })
  .strict();
export type Persona = z.infer<typeof personaSchema>;

const sentence = z.string().trim().min(1).max(500);

/**
 * The most values all bands of one ICP may list together (industries, places, technologies,
 * keywords…). Real ICPs list tens to a few hundred; the cap keeps scoring one page, the editor and
 * the impact preview fast whatever a file holds.
 */
export const MAX_ICP_VALUES = 5_000;

/** The criterion exactly like `criterion` earlier in the list, if any (its index). */
function duplicateOf(criteria: readonly Criterion[], index: number): number {
  const key = JSON.stringify(criteria[index]);
  return criteria.findIndex((c, i) => i < index && JSON.stringify(c) === key);
}

/** The ICP file format, `icp-lens/icp@1`. Unknown keys are rejected so typos are caught. */
export const icpSchema = z
  .object({
    format: z.literal(ICP_FORMAT),
    name: label,
    description: z.string().max(2000).optional(),
    tiers: z
      .array(tierSchema)
      .min(1)
      .max(10)
      .refine((ts) => ts.every((t, i) => i === 0 || t.minScore < (ts[i - 1]?.minScore ?? 101)), {
        message: 'tiers must be listed from the highest minScore to the lowest',
        params: { rule: 'tiers-order' },
      }),
    unknownCredit: share.default(0.5),
    /**
     * Below this confidence (share of the scoring weight whose field is known, 0–1) the tier is
     * "Not enough data" instead of a fit tier. DESIGN.md: default 50 %.
     */
    minConfidence: share.default(0.5),
    /**
     * When true, a fact a page last stated longer ago than the review period
     * (`REVIEW_MONTHS`) counts as unknown, so it lowers confidence and can make the tier "Not
     * enough data". A user's correction is never stale. Absent means false.
     */
    staleFactsUnknown: z.boolean().optional(),
    criteria: z.array(criterionSchema).min(1).max(100),
    pains: z.array(sentence).max(50).default([]),
    goals: z.array(sentence).max(50).default([]),
    valueProps: z.array(sentence).max(50).default([]),
    personas: z.array(personaSchema).max(50).default([]),
    /**
     * The language talking points and opening lines are written in (`en`, `vi`, `zh_CN`, `fa`),
     * whatever the UI language. Absent (ICPs stored or files written before it existed): English.
     */
    outreachLanguage: z.enum(UI_LOCALES).optional(),
  })
  .strict()
  .superRefine((icp, ctx) => {
    const values = icp.criteria.reduce(
      (sum, c) => sum + c.bands.reduce((n, b) => n + (b.in?.length ?? 0), 0),
      0,
    );
    if (values > MAX_ICP_VALUES)
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `an ICP may list at most ${MAX_ICP_VALUES.toLocaleString('en')} values in all its bands together; this one lists ${values.toLocaleString('en')}. Keep the ones that decide fit`,
        params: { rule: 'too-many-values', max: MAX_ICP_VALUES, count: values },
      });
    icp.criteria.forEach((_, i) => {
      const first = duplicateOf(icp.criteria, i);
      if (first !== -1)
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', i],
          message: `is the same as criteria[${first}]: remove one (a duplicate would count twice)`,
          params: { rule: 'duplicate-criterion', first },
        });
    });
  });
export type Icp = z.infer<typeof icpSchema>;
/** What a file may contain before defaults are applied. */
export type IcpInput = z.input<typeof icpSchema>;

/** The tier every ICP implicitly has below its lowest `minScore`. */
export const BAD_FIT = 'Bad fit';
export const DISQUALIFIED = 'Disqualified';
/** The tier of a company whose known facts carry less weight than the ICP's `minConfidence`. */
export const NOT_ENOUGH_DATA = 'Not enough data';
/**
 * The review period in months: an ICP is due for review this long after it changed, and a fact
 * last seen longer ago is stale (the playbooks say review every 6–12 months; we say 6).
 */
export const REVIEW_MONTHS = 6;
/** `minConfidence` for ICPs stored before the field existed. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;
