import { describeFact, LISTED_FACTS } from '@/lib/company/describe';
import type { Fact } from '@/lib/facts';
import type { CompanyView } from '@/lib/messaging';
import { t } from '../i18n';
import { factLabel, sourceLabel } from '../labels';

/**
 * Everything the pages said about the company, each with its evidence and source; where another
 * source said something else, that too ("the website says 11–50"). Technologies list what in the
 * page's code showed each one. Plain text only.
 */
export function CompanyFacts({ company }: { company: CompanyView }) {
  const { facts, disagreements = [] } = company;
  const listed = LISTED_FACTS.filter((name) => facts[name]);
  const detections = facts.detections?.value ?? [];
  if (listed.length === 0) return null;
  return (
    <details className="facts" data-facts>
      <summary>{t('popup_facts', listed.length)}</summary>
      <dl>
        {listed.map((name) => {
          const fact = facts[name] as Fact<unknown>;
          const others = disagreements.filter((d) => d.field === name);
          return (
            <div key={name} className="fact" data-fact={name}>
              <dt>{factLabel(name)}</dt>
              <dd>
                <span className="fact-value">{describeFact(name, fact)}</span>
                <span className="fact-source">
                  {t('fact_from', fact.evidence, sourceLabel(fact.source))}
                </span>
                {others.map((other) => (
                  <span key={other.at} className="fact-other" data-disagreement={name}>
                    {t(
                      'fact_other_source',
                      describeFact(name, other.fact),
                      sourceLabel(other.fact.source),
                    )}
                  </span>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>
      {detections.length > 0 && (
        <>
          <h3 className="facts-subhead">{t('fact_detections')}</h3>
          <ul className="detections">
            {detections.map((d) => (
              <li key={d.name} data-technology={d.name}>
                <span className="fact-value">{d.name}</span>{' '}
                <span className="fact-source">
                  {t('detection_line', d.category, d.evidence, Math.round(d.confidence * 100))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
