// The print view's and the PDF's texts in Bangla: part of the one catalogue (spread into bn.ts).
export const printBn = {
  'print.button': 'ছাপান',
  'print.pdf': 'PDF নামান',
  'print.ready': '{paper} কাগজে ছাপানোর জন্য প্রস্তুত। ছাপাতে নিচের বোতাম বা ব্রাউজারের Print (Ctrl+P) ব্যবহার করুন।',
  'print.paper': 'কাগজ',
  'print.paper.a4-landscape': 'A4 আড়াআড়ি',
  'print.paper.a4-portrait': 'A4 লম্বালম্বি',
  'print.paper.a3-landscape': 'A3 আড়াআড়ি',
  'print.paper.a3-portrait': 'A3 লম্বালম্বি',
  'print.qr': 'এই প্রতিশ্রুতি অনলাইনে দেখতে ও অভিযোগ জানাতে স্ক্যান করুন: {url}',
  'print.qr.caption': 'স্ক্যান করে অনলাইনে দেখুন ও অভিযোগ জানান',
  'print.page': 'পৃষ্ঠা',
  'error.print.unavailable': 'এই সার্ভারে PDF তৈরি করা যাচ্ছে না (Chromium নেই)। মুদ্রণ সংস্করণ খুলে ব্রাউজার থেকে ছাপান বা PDF হিসেবে সংরক্ষণ করুন।',
};
