import { useEffect, useMemo, useRef, useState } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import { type Icp, type IcpInput, icpSchema } from '@/lib/criteria/schema';
import { ImpactPreview, SHOWN_MOVES } from './ImpactPreview';
import { NewIcpPreview } from './NewIcpPreview';
import { type ImpactQuery, useImpactWorker } from './use-impact-worker';

/** How long typing must pause before an edit is previewed, in milliseconds. */
export const PREVIEW_DEBOUNCE_MS = 250;

/**
 * The editor's impact preview, hidden until "Preview the impact" is clicked (`requested` counts
 * the clicks). A click previews the form as it is (hidden again when the form is invalid); from
 * then on every edit is previewed once typing pauses for {@link PREVIEW_DEBOUNCE_MS} (an invalid
 * form keeps the last valid preview). The work runs in the impact worker, which starts reading
 * the stored companies as the editor opens; only this component re-renders as the user types.
 */
export function ImpactSection({
  control,
  before,
  requested,
}: {
  control: Control<IcpInput, unknown, Icp>;
  /** The stored ICP being edited; undefined for a new ICP. */
  before?: Icp;
  requested: number;
}) {
  const values = useWatch({ control });
  const latest = useRef<unknown>(values);
  latest.current = values;
  const [draft, setDraft] = useState<Icp | undefined>(undefined);
  const shownJson = useRef('');

  const take = useRef((input: unknown, keepWhenInvalid: boolean) => {
    const parsed = icpSchema.safeParse(input);
    if (!parsed.success) {
      if (keepWhenInvalid) return;
      shownJson.current = '';
      setDraft(undefined);
      return;
    }
    const json = JSON.stringify(parsed.data);
    if (json === shownJson.current) return;
    shownJson.current = json;
    setDraft(parsed.data);
  }).current;

  useEffect(() => {
    if (requested > 0) take(latest.current, false);
  }, [requested, take]);

  useEffect(() => {
    if (requested === 0) return;
    const timer = setTimeout(() => take(values, true), PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [values, requested, take]);

  const query = useMemo<ImpactQuery | undefined>(() => {
    if (!draft) return undefined;
    return before
      ? { type: 'impact', before, after: draft, shownMoves: SHOWN_MOVES }
      : { type: 'tiers', icp: draft };
  }, [draft, before]);
  const state = useImpactWorker(query);

  if (!draft) return null;
  return before ? (
    <ImpactPreview before={before} after={draft} state={state} />
  ) : (
    <NewIcpPreview state={state} />
  );
}
