import { Fragment } from 'react';
import { withoutRepeatedParts } from '@/lib/company/describe';
import type { Place } from '@/lib/facts';
import type { CompanyView } from '@/lib/messaging';
import { Bdi } from '../Bdi';
import { uiLanguage } from '../i18n';

const MAX_RAW_PLACE = 40;

/** The country's name in the UI language ("VN" → "Vietnam"), or the code when unknown. */
function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage(), 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The headquarters as the page wrote it, or "City, Country" when that text is a long address;
 * a region named like its city is said once ("Ho Chi Minh City, VN").
 */
function placeText(place: Place): string {
  const raw = withoutRepeatedParts(place.raw);
  if (raw.length <= MAX_RAW_PLACE || !place.country) return raw;
  return [place.city, countryName(place.country)].filter(Boolean).join(', ');
}

/**
 * The company's name (in a `<bdi>`: page text keeps its own direction in any UI language), with its domain and headquarters underneath when known. */
export function CompanyHeader({ company }: { company: CompanyView }) {
  const { facts } = company;
  const name = company.name ?? facts.name?.value ?? company.url;
  const hq = facts.headquarters?.value;
  const details = [facts.domain?.value, hq && placeText(hq)].filter(Boolean);
  return (
    <header className="company">
      <h1 className="company-name">
        <Bdi>{name}</Bdi>
      </h1>
      {details.length > 0 && (
        <p className="company-details">
          {details.map((detail, i) => (
            <Fragment key={detail}>
              {i > 0 && ' · '}
              <Bdi>{detail}</Bdi>
            </Fragment>
          ))}
        </p>
      )}
    </header>
  );
}
