// The shape the organization's pages share: a paged table of one resource with a column of row
// actions, and a one-field form whose submit goes through the page's write (so a double click
// sends one Idempotency-Key). A page states its columns, texts and calls; these say the rest.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sentence, type Answer } from './api.ts';
import { ActionButton, Field, Pager, type Paged, type Write } from './ui.tsx';

/** A column: its header, what a row shows in it, and whether that reads as code (ids, tokens). */
export type Column<T> = [head: string, cell: (row: T) => ComponentChildren, mono?: boolean];

export interface TableProps<T> {
  caption: ComponentChildren;
  /** Captions are for screen readers unless the table sits among others (a role's members). */
  showCaption?: boolean;
  columns: Column<T>[];
  /** The buttons of a row, under a header only screen readers hear ("Actions"). */
  actions?: (row: T) => ComponentChildren;
  rowClass?: (row: T) => string | undefined;
}

export function ResourceTable<T extends { id: string | number }>(props: TableProps<T> & { rows: readonly T[] | undefined }) {
  return (
    <table>
      <caption class={props.showCaption ? undefined : 'visually-hidden'}>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map(([head]) => (
            <th scope="col">{head}</th>
          ))}
          {props.actions && (
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {props.rows?.map((row) => (
          <tr key={row.id} class={props.rowClass?.(row)}>
            {props.columns.map(([, cell, mono]) => (
              <td class={mono ? 'mono' : undefined}>{cell(row)}</td>
            ))}
            {props.actions && <td class="actions">{props.actions(row)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A list read page by page: why it failed to load, the table, then the pager; `children` sit between the last two. */
export function ResourceList<T extends { id: string | number }>(props: TableProps<T> & { list: Paged<T>; noun: string; children?: ComponentChildren }) {
  const { list } = props;
  return (
    <>
      {list.error && <p role="alert">{list.error}</p>}
      <ResourceTable {...props} rows={list.page?.results} />
      {props.children}
      <Pager page={list.page} offset={list.offset} setOffset={list.setOffset} noun={props.noun} />
    </>
  );
}

/**
 * A form of one required text field (a name to create or rename, an address to add), refused
 * with its reason while the key may not write; `children` are further buttons (delete, cancel).
 */
export function TextForm(props: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  submit: string;
  write: Write;
  reason: string | null;
  onSubmit: () => unknown;
  hint?: string;
  type?: string;
  maxLength?: number;
  class?: string;
  children?: ComponentChildren;
}) {
  return (
    <form class={props.class ?? 'inline'} onSubmit={(event) => (event.preventDefault(), props.onSubmit())}>
      <Field label={props.label} hint={props.hint}>
        {(id) => (
          <input
            id={id}
            type={props.type}
            required
            maxLength={props.maxLength}
            value={props.value}
            onInput={(event) => props.onValue((event.target as HTMLInputElement).value)}
          />
        )}
      </Field>
      <ActionButton type="submit" reason={props.reason} busy={props.write.busy}>
        {props.submit}
      </ActionButton>
      {props.children}
    </form>
  );
}

/**
 * The text of a form that adds something: sent through the page's write, then cleared and
 * `after` run (the list reloaded) once the server took it. Spread it into a TextForm.
 */
export function useDraft(write: Write, send: (text: string, idempotencyKey: string) => Promise<unknown>, done: string, after: () => void) {
  const [value, onValue] = useState('');
  const onSubmit = async () => {
    if (await write.run((idempotencyKey) => send(value, idempotencyKey), done)) {
      onValue('');
      after();
    }
  };
  return { value, onValue, write, onSubmit };
}

/**
 * One resource as read, with the ETag its writes send back as If-Match, so that a change made
 * elsewhere since is refused (412) instead of overwritten. `loaded` sets up the page's draft from
 * what was read; `keep` stores what a write answered (its new ETag); `load` reads it again.
 */
export function useVersioned<T>(read: () => Promise<Answer<T>>, deps: unknown[], loaded: (answer: Answer<T>) => unknown) {
  const [current, keep] = useState<Answer<T> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fetchInto = async (fill: boolean) => {
    try {
      const answer = await read();
      keep(answer);
      if (fill) await loaded(answer);
    } catch (failure) {
      setError(sentence(failure));
    }
  };
  const load = () => fetchInto(true);
  useEffect(() => void load(), deps);
  // A change beside the resource (a member added to a role) changes its ETag: `refresh` takes
  // the new one without overwriting what the user is typing.
  return { current, error, load, refresh: () => fetchInto(false), keep };
}
