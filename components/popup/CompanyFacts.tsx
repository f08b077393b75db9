import { CORRECTABLE_FACTS, isCorrectable, isStale } from '@/lib/company/corrections';
import { describeFact, LISTED_FACTS } from '@/lib/company/describe';
import type { Fact, FactName } from '@/lib/facts';
import { isolate } from '@/lib/i18n/bidi';
import type { CompanyView } from '@/lib/messaging';
import { Isolated } from '../Bdi';
import { t, uiLanguage } from '../i18n';
import { factLabel, sourceLabel } from '../labels';
import { DetectionList } from './DetectionList';
import { type CorrectionTarget, FactCorrection } from './FactCorrection';
import { factText } from './fact-words';

const DAY = 86_400_000;

/** "today", "yesterday", "4 months ago" in the UI language. */
export function ago(at: number, now: number): string {
  const days = Math.floor((now - at) / DAY);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    days < 1
      ? [0, 'day']
      : days < 30
        ? [-days, 'day']
        : days < 365
          ? [-Math.floor(days / 30), 'month']
          : [-Math.floor(days / 365), 'year'];
  try {
    return new Intl.RelativeTimeFormat([uiLanguage(), 'en'], { numeric: 'auto' }).format(
      value,
      unit,
    );
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
}

function dateText(at: number): string {
  try {
    return new Intl.DateTimeFormat([uiLanguage(), 'en'], { dateStyle: 'medium' }).format(at);
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
}

/** The text a correction field starts with: what is known, as the user would type it. */
function initialText(name: FactName, fact: Fact<unknown> | undefined): string {
  if (!fact) return '';
  if (name === 'technologies') return (fact.value as string[]).join(', ');
  if (name === 'employees') return describeFact(name, fact).replace(/ employees$/, '');
  return describeFact(name, fact);
}

/**
 * "What the pages say": every fact with its evidence, source and when it was last seen (old ones
 * marked); where another source said something else, that too. The facts an ICP scores can be
 * corrected in place (`editable`), and show "corrected by you, <date>" with a Reset. Technologies
 * are one line each in words, the raw signs behind "details". Plain text only.
 */
export function CompanyFacts({
  company,
  editable = false,
  tabId,
  onView,
  now = Date.now(),
}: {
  company: CompanyView;
  editable?: boolean;
  tabId?: number;
  onView?: CorrectionTarget['onView'];
  now?: number;
}) {
  const { facts, disagreements = [], times = {} } = company;
  const correctable = editable ? CORRECTABLE_FACTS : [];
  const listed = [
    ...new Set<FactName>([...LISTED_FACTS.filter((name) => facts[name]), ...correctable]),
  ];
  const detections = facts.detections?.value ?? [];
  const target = editable ? { tabId, companyId: company.id, onView } : undefined;
  const known = LISTED_FACTS.filter((name) => facts[name]).length;
  if (listed.length === 0) return null;
  return (
    <details className="facts expander" data-facts>
      <summary>{t('popup_facts', known)}</summary>
      <dl>
        {listed.map((name) => {
          const fact = facts[name] as Fact<unknown> | undefined;
          const others = disagreements.filter((d) => d.field === name);
          const time = times[name];
          const corrected = fact?.source === 'user';
          return (
            <div key={name} className="fact" data-fact={name} data-fact-source={fact?.source}>
              <dt>{factLabel(name)}</dt>
              <dd>
                <span className="fact-value" dir={fact ? 'auto' : undefined}>
                  {fact ? <Isolated text={factText(name, fact)} /> : t('fact_unknown')}
                </span>
                {fact && corrected && time?.corrected !== undefined && (
                  <span className="fact-corrected" data-corrected>
                    {t('fact_corrected', dateText(time.corrected))}
                  </span>
                )}
                {fact && !corrected && (
                  <span className="fact-source">
                    {/* Technologies seen in code are told in words below, not as raw URLs. */}
                    {name === 'technologies' && detections.length > 0 ? (
                      sourceLabel(fact.source)
                    ) : (
                      <Isolated
                        text={t('fact_from', isolate(fact.evidence), sourceLabel(fact.source))}
                      />
                    )}
                    {time?.seen !== undefined && ` · ${t('fact_seen', ago(time.seen, now))}`}
                    {isStale(time?.seen, now) && (
                      <span className="fact-stale" data-stale>
                        {' '}
                        · {t('fact_stale')}
                      </span>
                    )}
                  </span>
                )}
                {others.map((other) => (
                  <span key={other.at} className="fact-other" data-disagreement={name}>
                    <Isolated
                      text={t(
                        'fact_other_source',
                        isolate(factText(name, other.fact)),
                        sourceLabel(other.fact.source),
                      )}
                    />
                  </span>
                ))}
                {target && isCorrectable(name) && (
                  <FactCorrection
                    key={`${name}:${fact?.evidence ?? ''}`}
                    field={name}
                    known={Boolean(fact)}
                    corrected={corrected}
                    initial={initialText(name, fact)}
                    target={target}
                  />
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {detections.length > 0 && <DetectionList detections={detections} />}
    </details>
  );
}
