import { useEffect, useState, type ReactNode } from 'react';
import { execute, SessionEndedError, type ApiError } from '../api';
import { ChildDocument, type ChildQuery } from '../../client/generated/graphql';
import { useMessages } from '../language';
import { worklistHref } from '../route';
import { childFieldLabel } from './child-field-labels';
import { refusedFields } from './unauthorized-fields';

type Loaded = { child: ChildQuery['child']; errors: ApiError[] } | 'failed' | null;

/** A child's record: every field of the profile, and for each refused one, that it is refused. */
export function ChildPage({ id, onSessionEnded }: { id: string; onSessionEnded: () => void }) {
  const { t, language } = useMessages();
  const fieldLabel = (name: string) => childFieldLabel(name, language);
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let current = true;
    setLoaded(null);
    execute(ChildDocument, { id }).then(
      ({ data, errors }) => current && setLoaded({ child: data?.child ?? null, errors }),
      (error: unknown) => (error instanceof SessionEndedError ? onSessionEnded() : setLoaded('failed')),
    );
    return () => void (current = false);
  }, [id, onSessionEnded]);

  const value = (content: unknown): ReactNode => {
    if (content === null || content === undefined || (Array.isArray(content) && content.length === 0)) return <span className="empty">{t('notRecorded')}</span>;
    if (typeof content === 'boolean') return content ? t('yes') : t('no');
    if (Array.isArray(content)) return <ol>{content.map((item, index) => <li key={index}>{value(item)}</li>)}</ol>;
    if (typeof content === 'object') {
      return (
        <dl>
          {Object.entries(content).map(([name, inner]) => (
            <div key={name}>
              <dt>{fieldLabel(name)}</dt>
              <dd>{value(inner)}</dd>
            </div>
          ))}
        </dl>
      );
    }
    return String(content);
  };

  return (
    <section>
      <p>
        <a href={worklistHref('civil-status-gaps')}>{t('backToList')}</a>
      </p>
      <h1>{t('childTitle')}</h1>
      {loaded === null ? <p>{t('loading')}</p> : null}
      {loaded === 'failed' ? <p role="alert">{t('failed')}</p> : null}
      {loaded !== null && loaded !== 'failed' && !loaded.child ? <p>{t('notFound')}</p> : null}
      {loaded !== null && loaded !== 'failed' && loaded.child ? <ChildFields child={loaded.child} errors={loaded.errors} render={value} label={fieldLabel} refusedText={t('notAllowed')} /> : null}
    </section>
  );
}

interface ChildFieldsProps {
  child: NonNullable<ChildQuery['child']>;
  errors: ApiError[];
  render: (content: unknown) => ReactNode;
  label: (name: string) => string;
  refusedText: string;
}

function ChildFields({ child, errors, render, label, refusedText }: ChildFieldsProps) {
  const refused = refusedFields(errors, 'child');
  return (
    <dl className="child-fields">
      {Object.entries(child).map(([name, content]) => (
        <div key={name} data-field={name}>
          <dt>{label(name)}</dt>
          <dd>{refused.has(name) ? <span className="refused">{refusedText}</span> : render(content)}</dd>
        </div>
      ))}
    </dl>
  );
}
