import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinChannels, splitChannels } from './channels.ts';

test('channels: split into the standard ones and the rest, and joined back in the order they were written', () => {
  const written = ['দাপ্তরিক ওয়েব সাইট', 'টেলিফোন'];
  const { standard, other } = splitChannels(written);
  assert.deepEqual([standard, other], [['টেলিফোন'], ['দাপ্তরিক ওয়েব সাইট']]);
  assert.deepEqual(joinChannels(standard, other, written), written, 'saved unchanged, nothing moves');
  assert.deepEqual(joinChannels(['ই-মেইল'], ['দাপ্তরিক ওয়েব সাইট', ' '], written), ['দাপ্তরিক ওয়েব সাইট', 'ই-মেইল'], 'one unticked, one added');
});
