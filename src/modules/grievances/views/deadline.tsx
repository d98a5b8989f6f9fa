// A deadline, explained run by run: the day of receipt, the days the office was closed, the working days counted.
import { t, type Locale } from '../../../i18n/messages.ts';
import type { DeadlineExplanation } from '../../../calendar/working-days.ts';
import { explainText } from '../../holidays/explain.ts';

/** The steps that start a count: the first line says which one this count started with. */
export const COUNT_STARTS = ['file', 'forward', 'answer', 'resume', 'appeal', 'escalate'] as const;
export type CountStart = (typeof COUNT_STARTS)[number];

export const countStartOf = (actions: readonly string[]): CountStart | null =>
  actions.filter((a): a is CountStart => (COUNT_STARTS as readonly string[]).includes(a)).at(-1) ?? null;

export function DeadlineExplanationList({ locale, explanation, start }: { locale: Locale; explanation: DeadlineExplanation; start: CountStart | null }) {
  return (
    <details class="deadline">
      <summary>{t(locale, 'grievance.deadline.explain')}</summary>
      {start ? <p>{t(locale, `grievance.count.${start}`)}</p> : null}
      <ol>
        {explainText(locale, explanation).map((line) => (
          <li>{line}</li>
        ))}
      </ol>
    </details>
  );
}
