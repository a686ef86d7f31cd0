import { useEffect, useState, type FormEvent } from 'react';
import { download, SessionEndedError } from '../api';
import { useMessages } from '../language';
import { childHref } from '../route';
import type { FilterValues, Worklist, WorklistPage } from './worklist';
import { exportQuery } from './worklist';

const PAGE_SIZE = 25;

/** Any worklist: its filters, one page of rows with the total, paging by cursor, and its downloads. */
export function WorklistView<TRow>({ worklist, onSessionEnded }: { worklist: Worklist<TRow>; onSessionEnded: () => void }) {
  const { t, language } = useMessages();
  const [filter, setFilter] = useState<FilterValues>({});
  // Cursors of the pages before this one, so "previous" goes back without an offset.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState<WorklistPage<TRow> | null>(null);
  const [failed, setFailed] = useState(false);
  const after = cursors[cursors.length - 1];

  useEffect(() => {
    let current = true;
    setPage(null);
    worklist.load(filter, PAGE_SIZE, after).then(
      (loaded) => current && (setPage(loaded), setFailed(loaded.errors.length > 0 && loaded.rows.length === 0)),
      (error: unknown) => (error instanceof SessionEndedError ? onSessionEnded() : setFailed(true)),
    );
    return () => void (current = false);
  }, [worklist, filter, after, onSessionEnded]);

  const applyFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values: FilterValues = {};
    for (const field of worklist.filters) values[field.name] = field.kind === 'choices' ? form.getAll(field.name).map(String) : String(form.get(field.name) ?? '').trim();
    setCursors([null]);
    setFilter(values);
  };
  const save = (format: 'csv' | 'xlsx') =>
    download(`/exports/${worklist.exportName}.${format}${exportQuery(filter)}`, `${worklist.exportName}.${format}`).catch((error: unknown) =>
      error instanceof SessionEndedError ? onSessionEnded() : setFailed(true),
    );

  return (
    <section>
      <h1>{t(worklist.title)}</h1>
      <form className="filters" onSubmit={applyFilter}>
        {worklist.filters.map((field) =>
          field.kind === 'code' ? (
            <label key={field.name}>
              {t(field.label)}
              <input name={field.name} pattern={field.pattern} inputMode="numeric" />
            </label>
          ) : (
            <fieldset key={field.name}>
              <legend>{t(field.label)}</legend>
              {Object.entries(field.choices[language]).map(([value, label]) => (
                <label key={value}>
                  <input type="checkbox" name={field.name} value={value} /> {label}
                </label>
              ))}
            </fieldset>
          ),
        )}
        <button type="submit">{t('apply')}</button>
      </form>
      <div className="toolbar">
        <span data-testid="total">
          {t('total')}: {page ? page.totalCount : '…'}
        </span>
        <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('previous')}
        </button>
        <button type="button" disabled={!page?.hasNextPage} onClick={() => page?.endCursor && setCursors([...cursors, page.endCursor])}>
          {t('next')}
        </button>
        <button type="button" onClick={() => save('csv')}>
          {t('downloadCsv')}
        </button>
        <button type="button" onClick={() => save('xlsx')}>
          {t('downloadXlsx')}
        </button>
      </div>
      {failed ? <p role="alert">{t('failed')}</p> : null}
      {page === null ? (
        <p>{t('loading')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {worklist.columns.map((column) => (
                <th key={column.label}>{t(column.label)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={worklist.childIdOf(row)}>
                {worklist.columns.map((column, index) => (
                  <td key={column.label}>{index === 0 ? <a href={childHref(worklist.childIdOf(row))}>{column.cell(row, language)}</a> : column.cell(row, language)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
