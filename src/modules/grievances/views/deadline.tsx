// A deadline, explained run by run: the day of receipt, the days the office was closed, the working days counted.
import { t, type Locale } from '../../../i18n/messages.ts';
import type { DeadlineExplanation } from '../../../calendar/working-days.ts';
import { explainText } from '../../holidays/explain.ts';

export function DeadlineExplanationList({ locale, explanation }: { locale: Locale; explanation: DeadlineExplanation }) {
  return (
    <details class="deadline">
      <summary>{t(locale, 'grievance.deadline.explain')}</summary>
      <ol>
        {explainText(locale, explanation).map((line) => (
          <li>{line}</li>
        ))}
      </ol>
    </details>
  );
}
