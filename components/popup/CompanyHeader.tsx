import { Fragment } from 'react';
import { withoutRepeatedParts } from '@/lib/company/describe';
import type { Place } from '@/lib/facts';
import type { CompanyView } from '@/lib/messaging';
import { Bdi } from '../Bdi';
import { placeText } from '../value-words';

const MAX_RAW_PLACE = 40;

/**
 * The headquarters as the page wrote it, or "City, Country" in the UI language (its separator,
 * the country's CLDR name: "Austin，美国") when that text is a long address; a region named like
 * its city is said once ("Ho Chi Minh City, VN").
 */
function headquartersLine(place: Place): string {
  const raw = withoutRepeatedParts(place.raw);
  if (raw.length <= MAX_RAW_PLACE || !place.country) return raw;
  return placeText({ ...(place.city && { city: place.city }), country: place.country });
}

/**
 * The company's name (in a `<bdi>`: page text keeps its own direction in any UI language), with its domain and headquarters underneath when known. */
export function CompanyHeader({ company }: { company: CompanyView }) {
  const { facts } = company;
  const name = company.name ?? facts.name?.value ?? company.url;
  const hq = facts.headquarters?.value;
  const details = [facts.domain?.value, hq && headquartersLine(hq)].filter(Boolean);
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
