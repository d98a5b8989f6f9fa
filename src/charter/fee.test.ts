import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFee } from './fee.ts';
import { feeSchema } from './model.ts';

const cases: ReadonlyArray<{ cell: string; kind: string; amountTaka: number | null; paymentMethod: string | null }> = [
  { cell: 'বিনামূল্যে', kind: 'free', amountTaka: null, paymentMethod: null },
  { cell: 'বিনা মূল্যে', kind: 'free', amountTaka: null, paymentMethod: null },
  { cell: '১০০ টাকা', kind: 'amount', amountTaka: 100, paymentMethod: null },
  { cell: '৫০/-', kind: 'amount', amountTaka: 50, paymentMethod: null },
  { cell: '1,500 টাকা', kind: 'amount', amountTaka: 1500, paymentMethod: null },
  { cell: '৳ ২০০', kind: 'amount', amountTaka: 200, paymentMethod: null },
  { cell: 'সরকারী ফি ২৪৫/ টাকা', kind: 'amount', amountTaka: 245, paymentMethod: null },
  { cell: '১,০০০ টাকা (ট্রেজারি চালানের মাধ্যমে)', kind: 'amount', amountTaka: 1000, paymentMethod: 'ট্রেজারি চালানের মাধ্যমে' },
  { cell: '২০ টাকা/ নগদ', kind: 'amount', amountTaka: 20, paymentMethod: 'নগদ' },
  { cell: 'বিদ্যমান সরকারী নীতিমালা অনুযায়ী', kind: 'policy', amountTaka: null, paymentMethod: null },
  { cell: '(বিদ্যমান) সরকারী নীতিমালা অনুযায়ী', kind: 'policy', amountTaka: null, paymentMethod: null },
  { cell: 'নীতিমালা অনুযায়ী', kind: 'policy', amountTaka: null, paymentMethod: null },
  // A rate per item (a page, a copy, a sample, a dozen) is text, kept as written, as a rate by measure is: what the
  // citizen pays depends on how many, and a careful reader does not take the rate for the service's fee.
  { cell: 'প্রতি পৃষ্ঠা ২ টাকা', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'প্রতি কপি ১০ টাকা', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'প্রতি নমুনা ৫০/-', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'নমুনা প্রতি ৪০/-', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'প্রতিটি সনদ ২০ টাকা', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'Tk. 2 per page', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'Tk. 50 each', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: '১ ডজন ২ টাকা', kind: 'text', amountTaka: null, paymentMethod: null },
  // A word that only begins with প্রতি ('প্রতিষ্ঠান', 'প্রতিবেদন') is no rate; 'as per' is no rate either.
  { cell: 'প্রতিবেদন ফি ১০০ টাকা', kind: 'amount', amountTaka: 100, paymentMethod: null },
  { cell: 'Tk. 300 as per rules', kind: 'amount', amountTaka: 300, paymentMethod: null },
  { cell: 'বর্গফুট প্রতি ২/- টাকা', kind: 'text', amountTaka: null, paymentMethod: null },
  // By time, or written as a rate: what the citizen pays depends on how long or how much.
  { cell: 'প্রতিদিন ১,৫০০/- টাকা', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'Tk. 500 per day', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'বিলম্বে প্রতি বছরের জন্য ১০ টাকা হারে', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'প্রতি কপি ৩ টাকা হারে', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'প্রতি পৃষ্ঠা ৫ টাকা, সর্বনিম্ন ২০ টাকা', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'আলোচনা সাপেক্ষে', kind: 'text', amountTaka: null, paymentMethod: null },
  // A stated total that holds its VAT is that amount; VAT added on top is not.
  { cell: '৪,০২৫ টাকা (১৫% ভ্যাটসহ)', kind: 'amount', amountTaka: 4025, paymentMethod: null },
  { cell: 'Tk. 2,300 including 15% VAT', kind: 'amount', amountTaka: 2300, paymentMethod: null },
  { cell: '২,০০০ টাকা + ১৫% ভ্যাট', kind: 'text', amountTaka: null, paymentMethod: null },
  // Money the office gives, told in brackets beside a free service, is no fee.
  { cell: 'বিনামূল্যে (মাসিক ৬০০ টাকা ভাতা প্রদান করা হয়)', kind: 'free', amountTaka: null, paymentMethod: null },
  { cell: 'বিনামূল্যে (৪৫ দিন পর ৫০ টাকা)', kind: 'text', amountTaka: null, paymentMethod: null },
  // Set elsewhere, as union and passport pages write it.
  { cell: 'ভ্যালুয়েশন অনুযায়ী', kind: 'policy', amountTaka: null, paymentMethod: null },
  { cell: 'পরিষদের রেট মোতাবেক', kind: 'policy', amountTaka: null, paymentMethod: null },
  { cell: 'মূল সনদের অনুরূপ', kind: 'policy', amountTaka: null, paymentMethod: null },
  { cell: 'Tender documents at the price fixed under the Procurement Rules', kind: 'policy', amountTaka: null, paymentMethod: null },
  { cell: '', kind: 'text', amountTaka: null, paymentMethod: null },
  // English, as the English portal pages write it.
  { cell: 'Not applicable', kind: 'free', amountTaka: null, paymentMethod: null },
  { cell: 'Without any cost', kind: 'free', amountTaka: null, paymentMethod: null },
  { cell: 'BDT 1,000', kind: 'amount', amountTaka: 1000, paymentMethod: null },
  { cell: 'Government fixed fee', kind: 'policy', amountTaka: null, paymentMethod: null },
  // A monthly payment is a rate by time; a yearly fee written so is the fee of the year.
  { cell: 'মাসিক চাঁদা ৩০/- টাকা', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: 'Tk. 200 monthly', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: '৫০০/- (বার্ষিক)', kind: 'amount', amountTaka: 500, paymentMethod: null },
  // A fee in two parts, one of them set elsewhere: no one amount to show.
  { cell: 'আবেদন ফি ৩০০/-; জামানত লোড অনুযায়ী', kind: 'text', amountTaka: null, paymentMethod: null },
  { cell: '৫০০ টাকা, সরকার নির্ধারিত হারে', kind: 'amount', amountTaka: 500, paymentMethod: null },
  // A fee an authority sets, a word or two between "নির্ধারিত" and the fee.
  { cell: 'বোর্ড কর্তৃক নির্ধারিত নিবন্ধন ফি', kind: 'policy', amountTaka: null, paymentMethod: null },
  { cell: 'অধিদপ্তর নির্ধারিত পরীক্ষা ফি', kind: 'policy', amountTaka: null, paymentMethod: null },
  // More words for "nothing to pay".
  { cell: 'কোনো সার্ভিস চার্জ নেই', kind: 'free', amountTaka: null, paymentMethod: null },
  { cell: 'বিনা-মূল্যে', kind: 'free', amountTaka: null, paymentMethod: null },
];

for (const c of cases) {
  test(`parseFee(${JSON.stringify(c.cell)}) is ${c.kind}`, () => {
    const fee = parseFee(c.cell);
    assert.equal(fee.kind, c.kind);
    assert.equal(fee.amountTaka, c.amountTaka);
    assert.equal(fee.paymentMethod, c.paymentMethod);
    assert.equal(fee.text, c.cell.trim().normalize('NFC'));
    feeSchema.parse(fee);
  });
}

test('parseFee keeps the cell text normalised (spaces collapsed, NFC)', () => {
  const fee = parseFee('  বিদ্যমান   সরকারী\u00A0নীতিমালা অনুযায়ী ');
  assert.equal(fee.text, 'বিদ্যমান সরকারী নীতিমালা অনুযায়ী'.normalize('NFC'));
});

test('"অনুযায়ী" in a long sentence about something else is no fee; in a short cell or beside money it is policy', () => {
  assert.equal(parseFee('বিদ্যমান সুযোগ সুবিধা অনুযায়ী সকল ধরনের চিকিৎসা সেবা ও পরামর্শ প্রদান').kind, 'text');
  assert.equal(parseFee('অফিস আদেশ অনুযায়ী সকল ধরনের আবেদন গ্রহণ ও নিষ্পত্তি করা হয়').kind, 'text');
  assert.equal(parseFee('মোটরযানের মালিকানা বদলির ফি যানের শ্রেণি অনুযায়ী').kind, 'policy');
  assert.equal(parseFee('As per government rate').kind, 'policy');
});
