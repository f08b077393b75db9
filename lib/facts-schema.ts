import { z } from 'zod';
import {
  BUSINESS_MODELS,
  type CompanyFacts,
  type Extraction,
  FACT_SOURCES,
  TECHNOLOGY_SIGNS,
} from './facts';

const text = z.string().max(20_000);
const fact = <T extends z.ZodType>(value: T) =>
  z.object({ value, source: z.enum(FACT_SOURCES), evidence: text });

export const rangeSchema = z.object({
  min: z.number().finite().nonnegative(),
  max: z.number().finite().nonnegative().optional(),
});

export const placeSchema = z.object({
  city: z.string().max(200).optional(),
  region: z.string().max(20).optional(),
  country: z.string().length(2).optional(),
  raw: text,
});

export const companyFactsSchema = z.object({
  name: fact(z.string().min(1).max(500)).optional(),
  legalName: fact(z.string().min(1).max(500)).optional(),
  linkedinSlug: fact(z.string().min(1).max(200)).optional(),
  website: fact(z.string().max(2000)).optional(),
  domain: fact(z.string().max(300)).optional(),
  industry: fact(z.string().max(300)).optional(),
  employees: fact(rangeSchema).optional(),
  linkedinMembers: fact(z.number().int().nonnegative()).optional(),
  revenue: fact(rangeSchema).optional(),
  headquarters: fact(placeSchema).optional(),
  founded: fact(z.number().int().min(1000).max(3000)).optional(),
  companyType: fact(z.string().max(200)).optional(),
  description: fact(text).optional(),
  tagline: fact(z.string().max(2000)).optional(),
  specialties: fact(z.array(z.string().max(300)).max(200)).optional(),
  technologies: fact(z.array(z.string().max(200)).max(500)).optional(),
  detections: fact(
    z
      .array(
        z.object({
          name: z.string().max(200),
          category: z.string().max(100),
          confidence: z.number().min(0).max(1),
          evidence: z.string().max(500),
          sign: z
            .object({
              kind: z.enum(TECHNOLOGY_SIGNS),
              host: z.string().max(300).optional(),
              name: z.string().max(300).optional(),
            })
            .optional(),
          details: z.array(z.string().max(500)).max(5).optional(),
        }),
      )
      .max(500),
  ).optional(),
  hiring: fact(
    z.object({
      openRoles: z.number().int().nonnegative().optional(),
      careersUrl: z.string().max(2000).optional(),
      ats: z.string().max(100).optional(),
      roles: z.array(z.string().max(200)).max(100).optional(),
    }),
  ).optional(),
  funding: fact(
    z.object({
      stage: z.string().max(100).optional(),
      amountUsd: z.number().finite().nonnegative().optional(),
      date: z.string().max(20).optional(),
    }),
  ).optional(),
  followers: fact(z.number().int().nonnegative()).optional(),
  contacts: fact(
    z.object({
      phones: z.array(z.string().max(100)).max(50),
      emails: z.array(z.string().max(320)).max(50),
    }),
  ).optional(),
  socialProfiles: fact(
    z.array(z.object({ network: z.string().max(50), url: z.string().max(2000) })).max(50),
  ).optional(),
  businessModel: fact(z.array(z.enum(BUSINESS_MODELS)).max(BUSINESS_MODELS.length)).optional(),
}) satisfies z.ZodType<CompanyFacts>;

export const extractionSchema = z.object({
  url: z.string().url().max(4000),
  extractor: z.string().min(1).max(100),
  lang: z.string().max(40).optional(),
  facts: companyFactsSchema,
  missing: z.array(z.enum(Object.keys(companyFactsSchema.shape) as [keyof CompanyFacts])).max(50),
}) satisfies z.ZodType<Extraction>;
