// Small building blocks every page uses: an action button that is disabled with its reason,
// a pager over the API's own limit/offset links, a once-shown secret with a copy button, and
// the status line that says what happened (role=status, or role=alert for failures).
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { offsetOf, sentence } from './api.ts';

let counter = 0;
export function useId(prefix: string): string {
  const id = useRef<string>();
  if (!id.current) id.current = `${prefix}-${++counter}`;
  return id.current;
}

/** A button that, when the key may not act, stays disabled and says why beside it. */
export function ActionButton(props: {
  reason: string | null;
  onClick?: () => void;
  type?: 'button' | 'submit';
  danger?: boolean;
  busy?: boolean;
  children: ComponentChildren;
  label?: string;
}) {
  const id = useId('why');
  return (
    <span class="action">
      <button
        type={props.type ?? 'button'}
        class={props.danger ? 'danger' : undefined}
        disabled={props.reason !== null || props.busy}
        aria-describedby={props.reason ? id : undefined}
        aria-label={props.label}
        onClick={props.onClick}
      >
        {props.children}
      </button>
      {props.reason && (
        <span class="why" id={id}>
          {props.reason}
        </span>
      )}
    </span>
  );
}

export type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function Status(props: { notice: Notice }) {
  const notice = props.notice;
  return (
    <div class={`notice ${notice?.kind ?? ''}`} role={notice?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      {notice?.text ?? ''}
    </div>
  );
}

/**
 * Runs a write once at a time. Its Idempotency-Key is kept until the write succeeds, so a second
 * click (or a retry after a lost answer) is the same request to the server.
 */
export function useWrite() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const key = useRef(crypto.randomUUID());
  const run = useCallback(async <T,>(work: (idempotencyKey: string) => Promise<T>, done?: string): Promise<T | undefined> => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await work(key.current);
      key.current = crypto.randomUUID();
      if (done) setNotice({ kind: 'ok', text: done });
      return result;
    } catch (error) {
      setNotice({ kind: 'error', text: sentence(error) });
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, notice, setNotice, run };
}
export type Write = ReturnType<typeof useWrite>;

export interface PageOf<T> {
  count: number;
  next?: string | null;
  previous?: string | null;
  results: T[];
}

/** One page of a list, fetched through the API's limit/offset; reloads when `deps` change. */
export function usePaged<T>(load: (offset: number) => Promise<PageOf<T>>, deps: unknown[]) {
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<PageOf<T> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => setOffset(0), deps);
  useEffect(() => {
    let live = true;
    load(offset).then(
      (result) => live && (setPage(result), setError(null)),
      (failure) => live && setError(sentence(failure)),
    );
    return () => {
      live = false;
    };
  }, [offset, generation, ...deps]);
  return { page, error, offset, setOffset, reload: () => setGeneration((n) => n + 1) };
}
export type Paged<T> = ReturnType<typeof usePaged<T>>;

export function Pager(props: { page: PageOf<unknown> | null; offset: number; setOffset: (offset: number) => void; noun: string }) {
  const { page } = props;
  if (!page) return null;
  const first = page.count === 0 ? 0 : props.offset + 1;
  const last = props.offset + page.results.length;
  const previous = offsetOf(page.previous);
  const next = offsetOf(page.next);
  return (
    <nav class="pager" aria-label={`${props.noun} pages`}>
      <span aria-live="polite">
        {first}–{last} of {page.count} {props.noun}
      </span>
      <button type="button" disabled={previous === null} onClick={() => previous !== null && props.setOffset(previous)}>
        Previous page
      </button>
      <button type="button" disabled={next === null} onClick={() => next !== null && props.setOffset(next)}>
        Next page
      </button>
    </nav>
  );
}

/** A secret shown once: readable, selectable and copyable, never stored. */
export function Secret(props: { label: string; value: string; note?: string }) {
  const id = useId('secret');
  const [copied, setCopied] = useState<string>('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value);
      setCopied('Copied.');
    } catch {
      const input = document.getElementById(id) as HTMLInputElement | null;
      input?.select();
      setCopied('Selected: press Ctrl+C (or ⌘C) to copy.');
    }
  };
  return (
    <div class="secret">
      <label for={id}>{props.label}</label>
      <div class="row">
        <input id={id} readOnly value={props.value} class="mono" onFocus={(event) => (event.target as HTMLInputElement).select()} />
        <button type="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p class="hint" role="status">
        {copied || (props.note ?? 'Shown once: copy it now. orgbase keeps only a digest.')}
      </p>
    </div>
  );
}

export function Field(props: { label: string; children: (id: string) => ComponentChildren; hint?: string }) {
  const id = useId('field');
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.children(id)}
      {props.hint && <p class="hint">{props.hint}</p>}
    </div>
  );
}

export type Level = 1 | 8 | 15;

/** The level a member holds or an invite grants. */
export function LevelField(props: { value: Level; onValue: (level: Level) => void }) {
  return (
    <Field label="Level">
      {(id) => (
        <select id={id} value={props.value} onChange={(event) => props.onValue(Number((event.target as HTMLSelectElement).value) as Level)}>
          <option value={1}>Member</option>
          <option value={8}>Admin</option>
          <option value={15}>Owner</option>
        </select>
      )}
    </Field>
  );
}

export function when(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString() : '—';
}
