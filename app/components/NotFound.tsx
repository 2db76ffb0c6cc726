import { Link } from 'react-router';
import { shellStrings } from '../i18n/shell-strings.ts';
import { useStrings } from '../i18n/useStrings.ts';

export function NotFound() {
  const s = useStrings(shellStrings);
  return (
    <section className="lesson">
      <h1>{s.notFound}</h1>
      <p>
        <Link to="/">{s.backToContents}</Link>
      </p>
    </section>
  );
}
