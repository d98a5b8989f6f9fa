import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitMessage } from './message.ts';

test('a message splits at its " / ", not at one inside a quoted cell', () => {
  assert.deepEqual(splitMessage('The responsible officer cell is empty / দায়িত্বপ্রাপ্ত কর্মকর্তার ঘর খালি'), {
    en: 'The responsible officer cell is empty',
    bn: 'দায়িত্বপ্রাপ্ত কর্মকর্তার ঘর খালি',
  });
  assert.deepEqual(splitMessage('Unfilled placeholder in "ফোন / ……" / পূরণ না করা জায়গা: "ফোন / ……"'), {
    en: 'Unfilled placeholder in "ফোন / ……"',
    bn: 'পূরণ না করা জায়গা: "ফোন / ……"',
  });
  assert.deepEqual(splitMessage("মোঃ করিম's phone is X here / মোঃ করিম এর ফোন এখানে X"), { en: "মোঃ করিম's phone is X here", bn: 'মোঃ করিম এর ফোন এখানে X' });
  assert.deepEqual(splitMessage('only one language'), { en: 'only one language', bn: 'only one language' });
});
