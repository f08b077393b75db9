import {
  type Control,
  type FieldErrors,
  get,
  type UseFormRegister,
  type UseFormSetValue,
} from 'react-hook-form';
import type { Icp, IcpInput } from '@/lib/criteria/schema';

export type Errors = FieldErrors<IcpInput>;

/** What each part of the ICP form gets from the form: its fields, its setter and its errors. */
export interface FormParts {
  control: Control<IcpInput, unknown, Icp>;
  register: UseFormRegister<IcpInput>;
  setValue: UseFormSetValue<IcpInput>;
  errors: Errors;
}

/** The id of the message under the field at a form path (e.g. `criteria.0.weight`). */
export const errorId = (path: string) => `error-${path.replace(/\W/g, '-')}`;

/** Whether the form path has an error, as `aria-invalid` wants it (true or absent). */
export const invalid = (errors: Errors, path: string) => Boolean(get(errors, path)) || undefined;

/** A number input's value: undefined when empty, else the number (NaN for text the schema rejects). */
export const optionalNumber = (v: unknown) =>
  v === '' || v === null || v === undefined ? undefined : Number(v);

/** A text input's value: undefined when blank, else the text as typed. */
export const optionalText = (v: string) => (v?.trim() ? v : undefined);

/** The message for a form path, shown under its field and tied to it with aria-describedby. */
export function FieldError({ errors, path }: { errors: Errors; path: string }) {
  const error = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.message ?? error?.root?.message;
  if (!message) return null;
  return (
    <p className="field-error" id={errorId(path)} role="alert">
      {message}
    </p>
  );
}
