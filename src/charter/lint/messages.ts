// The words of every finding, in both languages: a template per code (and per variant, where a code says one of a
// few things), filled with the finding's values at the edge (render.ts). "{name}" is a value; a number shows in
// Bengali digits in the Bangla text, text from the document shows as written. Fix labels are here too.
import type { Bilingual } from './catalogue.ts';

export type Templates = Readonly<Record<string, Bilingual>>;

const one = (en: string, bn: string): Templates => ({ default: { en, bn } });

/** Every code's messages; `default` is the one used when a finding names no variant. */
export const MESSAGES: Readonly<Record<string, Templates>> = {
  // --- Reading the file ---
  // The importer's refusals (ImportError): a variant per thing it says.
  'import.empty': {
    default: { en: 'The file is empty', bn: 'ফাইলটি খালি' },
    text: { en: 'The text is empty', bn: 'লেখাটি খালি' },
  },
  'import.binary': one('This is not text (a binary file?)', 'এটি লেখা নয় (বাইনারি ফাইল?)'),
  'import.bijoy': one('The text is in the legacy Bijoy encoding; convert it to Unicode first', 'লেখাটি পুরোনো বিজয় এনকোডিংয়ে; আগে ইউনিকোডে রূপান্তর করুন'),
  'import.not-charter': {
    default: {
      en: 'No charter found. Looked for section headings (vision and mission, promised services, grievance redress), a services table (titles such as "সেবার নাম", "সময়সীমা", "দায়িত্বপ্রাপ্ত কর্মকর্তা") and a numbered list of services. Found instead: {lines}; {rows}; {numbered}; it begins "{first}"',
      bn: 'সিটিজেনস চার্টার পাওয়া যায়নি। খোঁজা হয়েছে: অনুচ্ছেদের শিরোনাম (ভিশন ও মিশন, প্রতিশ্রুত সেবা, অভিযোগ প্রতিকার), সেবার সারণি (যেমন "সেবার নাম", "সময়সীমা", "দায়িত্বপ্রাপ্ত কর্মকর্তা" শিরোনাম) ও নম্বর দেওয়া সেবার তালিকা। পাওয়া গেছে: {lines}; {rows}; {numbered}; শুরু "{first}"',
    },
    // The pieces of "Found instead", each filled into the message above (refusal.ts).
    'found-line': { en: '{count} line of text', bn: '{count}টি লাইন' },
    'found-lines': { en: '{count} lines of text', bn: '{count}টি লাইন' },
    'found-no-rows': { en: 'no table rows', bn: 'কোনো সারণির সারি নেই' },
    'found-row': {
      en: '{count} table row whose titles name no service column (first: "{first}")',
      bn: '{count}টি সারণির সারি, যার শিরোনামে সেবার কোনো কলাম নেই (প্রথমটি: "{first}")',
    },
    'found-rows': {
      en: '{count} table rows whose titles name no service column (first: "{first}")',
      bn: '{count}টি সারণির সারি, যার শিরোনামে সেবার কোনো কলাম নেই (প্রথমটি: "{first}")',
    },
    'found-no-numbered': { en: 'no numbered lines', bn: 'নম্বর দেওয়া কোনো লাইন নেই' },
    'found-numbered-line': {
      en: '{count} numbered line but no title about services above them',
      bn: '{count}টি নম্বর দেওয়া লাইন, কিন্তু ওপরে সেবার কোনো শিরোনাম নেই',
    },
    'found-numbered-lines': {
      en: '{count} numbered lines but no title about services above them',
      bn: '{count}টি নম্বর দেওয়া লাইন, কিন্তু ওপরে সেবার কোনো শিরোনাম নেই',
    },
  },
  'import.too-large': {
    default: { en: 'The file is too large ({size}; at most {max})', bn: 'ফাইলটি খুব বড় ({size}; সর্বোচ্চ {max})' },
    cells: {
      en: 'Line {line} has more than {max} cells; no charter table is that wide',
      bn: 'লাইন {line} এ {max}টির বেশি ঘর; কোনো চার্টারের সারণি এত চওড়া নয়',
    },
    lines: { en: 'The text has {lines} lines, more than the {max} a charter can have', bn: 'লেখায় {lines}টি লাইন, একটি চার্টারের সর্বোচ্চ {max}টির বেশি' },
    text: { en: 'The text is too long ({chars} characters; at most {max})', bn: 'লেখাটি খুব দীর্ঘ ({chars} অক্ষর; সর্বোচ্চ {max})' },
    'text-at-least': {
      en: 'The text is too long ({chars} characters or more; at most {max})',
      bn: 'লেখাটি খুব দীর্ঘ ({chars} বা বেশি অক্ষর; সর্বোচ্চ {max})',
    },
    'pdf-text': { en: 'The PDF holds too much text (more than {max} characters)', bn: 'পিডিএফে অতিরিক্ত লেখা ({max} অক্ষরের বেশি)' },
    'pdf-pages': { en: 'The PDF has too many pages ({pages}; at most {max})', bn: 'পিডিএফে পৃষ্ঠা অনেক বেশি ({pages}টি; সর্বোচ্চ {max}টি)' },
    'page-text': { en: 'The page holds too much text (more than {max} characters)', bn: 'পাতায় অনেক বেশি লেখা ({max} অক্ষরের বেশি)' },
  },
  'import.damaged': {
    default: { en: 'The Word file is damaged and cannot be read', bn: 'Word ফাইলটি ক্ষতিগ্রস্ত, পড়া যাচ্ছে না' },
    'docx-zip': { en: 'The Word file is damaged: it is not a complete zip archive', bn: 'Word ফাইলটি ক্ষতিগ্রস্ত: এটি সম্পূর্ণ zip আর্কাইভ নয়' },
    'docx-zip64': {
      en: 'The Word file is a zip64 archive, which Word does not write; it cannot be read',
      bn: 'Word ফাইলটি zip64 আর্কাইভ, যা Word লেখে না; পড়া যাচ্ছে না',
    },
    'docx-no-document': {
      en: 'This zip file holds no Word document (word/document.xml)',
      bn: 'এই zip ফাইলে কোনো Word দলিল (word/document.xml) নেই',
    },
    pdf: { en: 'The PDF is damaged or cannot be read', bn: 'পিডিএফ ফাইলটি নষ্ট অথবা পড়া যায় না' },
    'pdf-password': {
      en: 'The PDF is protected by a password; save it without one and try again',
      bn: 'পিডিএফটি পাসওয়ার্ড দিয়ে সুরক্ষিত; পাসওয়ার্ড ছাড়া সংরক্ষণ করে আবার দিন',
    },
    'pdf-slow': { en: 'The PDF took too long to read', bn: 'পিডিএফটি পড়তে অতিরিক্ত সময় লাগছে' },
    page: { en: 'The web page is damaged and cannot be read', bn: 'ওয়েব পাতাটি ক্ষতিগ্রস্ত, পড়া যাচ্ছে না' },
  },
  'import.unsafe': {
    'docx-parts': {
      en: 'The Word file holds too many parts ({count}; at most {max}); it was not opened',
      bn: 'Word ফাইলে অনেক বেশি অংশ ({count}টি; সর্বোচ্চ {max}); ফাইলটি খোলা হয়নি',
    },
    'docx-size': { en: 'The Word file would unpack to more than {max}; it was not opened', bn: 'Word ফাইলটি খুললে {max}-এর বেশি হতো; ফাইলটি খোলা হয়নি' },
    'zip-bomb': {
      en: 'The Word file unpacks to far more than it holds (a "zip bomb"?); it was not opened',
      bn: 'Word ফাইলটি খুললে তার আকারের তুলনায় অস্বাভাবিক বড় হয় ("zip বোমা"?); ফাইলটি খোলা হয়নি',
    },
    'docx-depth': {
      en: 'The Word file nests its parts more than {max} deep; it was not read',
      bn: 'Word ফাইলের অংশগুলো {max} স্তরের বেশি গভীরে সাজানো; পড়া হয়নি',
    },
    'pdf-size': { en: 'The PDF would unpack to more than {max}; it was not opened', bn: 'পিডিএফটি খুললে {max}-এর বেশি হতো; ফাইলটি খোলা হয়নি' },
    'page-depth': {
      en: 'The web page nests its elements more than {max} deep; it was not read',
      bn: 'ওয়েব পাতার উপাদানগুলো {max} স্তরের বেশি গভীরে সাজানো; পড়া হয়নি',
    },
  },
  'import.encoding': one('The file is neither UTF-8 text nor any known encoding', 'ফাইলটি UTF-8 টেক্সট নয়, অন্য কোনো পরিচিত এনকোডিংও নয়'),
  'import.unsupported': {
    doc: { en: 'This is an old Word file (.doc); save it as .docx and try again', bn: 'এটি পুরোনো Word ফাইল (.doc); .docx হিসেবে সংরক্ষণ করে আবার দিন' },
    'docx-password': {
      en: 'The Word file is protected with a password; save it without one',
      bn: 'Word ফাইলটি পাসওয়ার্ড দিয়ে সুরক্ষিত; পাসওয়ার্ড ছাড়া সংরক্ষণ করে আবার দিন',
    },
    'pdf-scanned': {
      en: 'This PDF has no text: it is a scanned image. Type the charter, or run OCR on it, and import the text',
      bn: 'এই পিডিএফে কোনো লেখা নেই: এটি স্ক্যান করা ছবি। প্রতিশ্রুতিটি টাইপ করে, অথবা OCR করে, লেখাটি আমদানি করুন',
    },
  },
  'import.needs-review': one(
    'Read from a PDF: tables and Bengali are rebuilt from positions on the page; check every row against the document',
    'পিডিএফ থেকে পড়া: সারণি ও বাংলা লেখা পৃষ্ঠার অবস্থান থেকে পুনর্গঠিত; প্রতিটি সারি মূল দলিলের সাথে মিলিয়ে দেখুন',
  ),
  'import.ansi': {
    default: { en: 'The file is not UTF-8; it was read as Windows-1252 (ANSI)', bn: 'ফাইলটি UTF-8 নয়; Windows-1252 (ANSI) হিসেবে পড়া হয়েছে' },
    page: { en: 'The page is not UTF-8; it was read as Windows-1252 (ANSI)', bn: 'পাতাটি UTF-8 নয়; Windows-1252 (ANSI) হিসেবে পড়া হয়েছে' },
  },
  'bijoy.converted': one(
    '{count} run(s) of Bijoy (SutonnyMJ) text were converted to Unicode; check them against the document',
    '{count}টি বিজয় (SutonnyMJ) অংশ ইউনিকোডে রূপান্তর করা হয়েছে; মূল দলিলের সাথে মিলিয়ে দেখুন',
  ),

  // --- The shape of the document (importer) ---
  'line.unplaced': {
    default: { en: 'Line outside any table row: "{text}"', bn: 'সারণির বাইরের লাইন: "{text}"' },
    'unknown-section': { en: 'Line of an unknown section: "{text}"', bn: 'অজানা অনুচ্ছেদের লাইন: "{text}"' },
    grievance: { en: 'Line outside the grievance table: "{text}"', bn: 'অভিযোগ সারণির বাইরের লাইন: "{text}"' },
    list: { en: 'Line could not be placed: "{text}"', bn: 'লাইনটি কোথাও বসানো যায়নি: "{text}"' },
  },
  'row.unplaced': {
    default: { en: 'Row continues no row above it: "{text}"', bn: 'সারিটি আগের কোনো সারির অংশ নয়: "{text}"' },
    serial: { en: 'Row serial "{serial}" is not a number: "{text}"', bn: 'সারির ক্রমিক "{serial}" সংখ্যা নয়: "{text}"' },
    'office-no-name': { en: 'Subordinate office without a name: "{text}"', bn: 'নামহীন আওতাধীন দপ্তর: "{text}"' },
  },
  'cell.unplaced': one('Cell under no known column: "{cell}"', 'অজানা কলামের ঘর: "{cell}"'),
  'cell.run-together': {
    default: {
      en: '"{text}" held two cells; split into "{left}" and "{right}"',
      bn: '"{text}" ঘরে দুটি ঘরের লেখা ছিল; "{left}" ও "{right}" এ ভাগ করা হয়েছে',
    },
    uncertain: {
      en: '"{text}" seems to hold two cells, but where to split is not certain; kept in column {column}',
      bn: '"{text}" ঘরে দুটি ঘরের লেখা আছে মনে হয়, কিন্তু কোথায় ভাগ হবে নিশ্চিত নয়; কলাম {column} এ রাখা হয়েছে',
    },
    'row-split': {
      en: 'Row {serial}: "{text}" held two cells; split into "{left}" and "{right}"',
      bn: 'সারি {serial}: "{text}" এ দুটি ঘরের লেখা ছিল; "{left}" ও "{right}" এ ভাগ করা হয়েছে',
    },
    'after-last': {
      en: 'Row {serial}: lines after the last column ("{text}") read into column {column}: check them',
      bn: 'সারি {serial}: শেষ কলামের পরের লাইন ("{text}") কলাম {column} এ পড়া হয়েছে: মিলিয়ে দেখুন',
    },
    'too-many': {
      en: 'Row {serial}: {count} cells\' worth of lines for columns {columns} ("{text}"); the rest read into column {column}: check them',
      bn: 'সারি {serial}: কলাম {columns} এর জন্য {count}টি ঘরের লাইন ("{text}"); বাকিগুলো কলাম {column} এ পড়া হয়েছে: মিলিয়ে দেখুন',
    },
    wrapped: {
      en: 'Row {serial}: {count} lines for columns {columns}, cells wrapped over several lines; joined as "{text}": check them',
      bn: 'সারি {serial}: কলাম {columns} এর জন্য {count}টি লাইন, ঘরের লেখা কয়েক লাইনে ভাঙা; জোড়া দিয়ে পড়া হয়েছে "{text}": মিলিয়ে দেখুন',
    },
    'too-few': {
      en: 'Row {serial}: too few lines for columns {columns} ("{text}"); read in order, the last left empty: check them',
      bn: 'সারি {serial}: কলাম {columns} এর জন্য লাইন কম ("{text}"); ক্রমানুসারে পড়া হয়েছে, শেষেরগুলো খালি: মিলিয়ে দেখুন',
    },
  },
  'cell.spanned': one(
    'Row {serial}: column {columns} empty, as a cell spanning rows leaves it when copied; the cell above is used',
    'সারি {serial}: কলাম {columns} খালি, কয়েক সারি জুড়ে থাকা ঘর কপি করলে যেমন হয়; ওপরের ঘরের লেখা নেওয়া হয়েছে',
  ),
  'cell.from-other-column': one(
    'The {field} "{phrase}" was read from column {column}, the row has no {field} of its own',
    '{field} "{phrase}" কলাম {column} থেকে পড়া হয়েছে; সারিতে আলাদা {field} নেই',
  ),
  'table.no-header': one('Table has no header row; columns are read by position', 'সারণিতে শিরোনাম সারি নেই; কলামগুলো অবস্থান অনুযায়ী পড়া হয়েছে'),
  'columns.non-standard': one('{count} columns, not the standard 7 or 8: {titles}', '{count}টি কলাম, প্রমিত ৭ বা ৮ কলামের ছক নয়: {titles}'),
  'columns.ambiguous': {
    default: {
      en: 'Column {column} "{title}" could be {a} or {b}; it is left unread',
      bn: 'কলাম {column} "{title}" {a} নাকি {b}, নিশ্চিত নয়; কলামটি পড়া হয়নি',
    },
    claims: {
      en: 'Column {column} "{title}" claims {field}, as column {others} does; it is left unread',
      bn: 'কলাম {column} "{title}" কলাম {others} এর মতো {field} দাবি করে; কলামটি পড়া হয়নি',
    },
  },
  'columns.missing': one('The table has no {field} column', 'সারণিতে {field} এর কলাম নেই'),
  'columns.by-content': one(
    'Column {column} "{title}" is read as the service name, because its cells hold names (not durations, fees or people)',
    'কলাম {column} "{title}" সেবার নাম হিসেবে পড়া হয়েছে, কারণ এর ঘরে নাম আছে (সময়, মূল্য বা ব্যক্তি নয়)',
  ),
  'section.unknown': {
    default: { en: 'Unknown section "{text}"; its lines are reported, not imported', bn: 'অজানা অনুচ্ছেদ "{text}"; এর লাইনগুলো আমদানি করা হয়নি' },
    group: {
      en: 'Services group "{text}" is not citizen, institutional or internal; read as {category} by its number',
      bn: 'সেবার ধরন "{text}" চেনা যায়নি; নম্বর দেখে {category} ধরা হয়েছে',
    },
  },
  'services.no-category': one(
    'Services are not grouped into citizen, institutional and internal; read as {category}',
    'সেবাগুলো নাগরিক, প্রাতিষ্ঠানিক ও অভ্যন্তরীণ ভাগে নেই; {category} ধরা হয়েছে',
  ),
  'services.from-list': one(
    'The services are a list or prose, not the standard table; each field was read from the words and needs a check',
    'সেবাগুলো প্রমিত সারণিতে নয়, তালিকা বা অনুচ্ছেদে লেখা; প্রতিটি তথ্য লেখা থেকে পড়া হয়েছে, যাচাই করুন',
  ),
  'service.no-name': one('Service has no name', 'সেবার নাম নেই'),
  'row.serial-sequence': one('Serial {serial} where {expected} was expected', 'ক্রমিক {expected} এর জায়গায় {serial}'),
  'portal.invalid': one('Not a web address: "{text}"', 'ওয়েব ঠিকানা নয়: "{text}"'),
  'sign-off.date': one('Date could not be read: "{text}"', 'তারিখ পড়া যায়নি: "{text}"'),
  'office.missing': one('The document does not name its office', 'দলিলে দপ্তরের নাম নেই'),
  'office.from-sign-off': one(
    'No office line in the letterhead; the office is taken from the sign-off',
    'শিরোনামে দপ্তরের নাম নেই; স্বাক্ষর অংশ থেকে নেওয়া হয়েছে',
  ),

  // --- Officers and contacts ---
  'officer.missing': one('The responsible officer cell is empty', 'দায়িত্বপ্রাপ্ত কর্মকর্তার ঘর খালি'),
  'officer.no-designation': one('The {who} "{shown}" has no designation', '{who} "{shown}" এর পদবি নেই'),
  'phone.invalid': one('Not a possible Bangladesh phone number: "{written}"', 'বাংলাদেশে সম্ভব এমন ফোন নম্বর নয়: "{written}"'),
  'phone.old-numbering': one(
    '"{written}" is a land line of an earlier numbering plan; check that it still rings',
    '"{written}" পুরোনো নম্বর-পরিকল্পনার ল্যান্ডফোন; নম্বরটি এখনও চালু কি না যাচাই করুন',
  ),
  'email.space': {
    default: { en: 'E-mail address has a space in it: "{written}"', bn: 'ই-মেইল ঠিকানায় ফাঁকা জায়গা: "{written}"' },
    'read-as': {
      en: 'E-mail address has a space in it: "{written}"; read as {address}',
      bn: 'ই-মেইল ঠিকানায় ফাঁকা জায়গা: "{written}"; {address} হিসেবে পড়া হয়েছে',
    },
    uncertain: {
      en: 'An e-mail address is broken by a space and cannot be read with certainty: "{written}"',
      bn: 'ই-মেইল ঠিকানার মাঝে ফাঁকা জায়গা, নিশ্চিতভাবে পড়া যায়নি: "{written}"',
    },
  },
  'email.invalid': one('Not an e-mail address: "{written}"', 'সঠিক ই-মেইল ঠিকানা নয়: "{written}"'),
  'officer.contact-mismatch': one(
    "{who}'s {kind} is {here} here and {there} in {count} other places",
    '{who} এর {kind} এখানে {here}, অন্য {count}টি জায়গায় {there}',
  ),
  'officer.code-mismatch': {
    default: { en: "{who}'s {kind} is {here} here and {there} in {count} other places", bn: '{who} এর {kind} এখানে {here}, অন্য {count}টি জায়গায় {there}' },
    block: { en: 'One block gives two different codes: {a} and {b}', bn: 'একই ঘরে দুটি ভিন্ন কোড: {a} ও {b}' },
  },
  'officer.shared-contact': {
    default: {
      en: 'The {kind} {value} is given for more than one officer: {names}',
      bn: 'একই {kind} {value} একাধিক কর্মকর্তার জন্য দেওয়া: {names}',
    },
    theirs: {
      en: "The {kind} {value} given here for {mine} is {theirs}'s in {count} other places",
      bn: 'এখানে {mine} এর ঘরে দেওয়া {kind} {value} চার্টারের অন্য {count}টি জায়গায় {theirs} এর',
    },
    stored: { en: '{kind} {value} is given for more than one officer', bn: 'একাধিক কর্মকর্তার জন্য একই {kind} {value}' },
  },
  'designation.renamed': one('Since August 2024 "{from}" is called "{to}"', 'আগস্ট ২০২৪ থেকে "{from}" পদের নাম "{to}"'),
  'cell.wrong-column': one('The {column} cell holds {what}, which belongs in another column', '{column} এর ঘরে {what}, যা অন্য কলামের'),

  // --- Time limits and fees ---
  'time-limit.empty': one('The time limit is empty', 'সেবা প্রদানের সময়সীমা খালি'),
  'time-limit.no-number': one('The time limit has no number of working days: "{text}"', 'সময়সীমায় কার্যদিবসের সংখ্যা নেই: "{text}"'),
  'time-limit.calendar-days': one('The time limit is given in days, not working days: "{text}"', 'সময়সীমা কার্যদিবসে নয়, দিনে লেখা: "{text}"'),
  'time-limit.not-duration': {
    default: { en: 'The time limit is not a duration: "{text}"', bn: 'সময়সীমাটি কোনো মেয়াদ নয়: "{text}"' },
    date: { en: 'The time limit is a date, not a number of working days: "{text}"', bn: 'সময়সীমা কার্যদিবসের সংখ্যা নয়, একটি তারিখ: "{text}"' },
  },
  'fee.empty': one('The fee is empty', 'সেবার মূল্যের ঘর খালি'),
  'fee.unclear': one('The fee is neither free, nor an amount, nor a policy: "{text}"', 'সেবার মূল্য বিনামূল্যে, টাকার অংক বা নীতিমালা — কোনোটিই নয়: "{text}"'),
  'service.duplicate': one(
    'Service "{name}" is listed twice in {section} (rows {first} and {serial})',
    '"{name}" সেবাটি {section} এ দুবার আছে (ক্রমিক {first} ও {serial})',
  ),

  // --- Grievance redress ---
  'grievance.missing': one('The charter has no grievance redress steps', 'চার্টারে অভিযোগ প্রতিকার ব্যবস্থার কোনো ধাপ নেই'),
  'grievance.step-missing': one('The grievance step of {role} ({days} working days) is missing', 'অভিযোগ প্রতিকারে {role} ({days} কার্যদিবস) এর ধাপ নেই'),
  'grievance.deadline': {
    default: { en: 'The grievance step has no deadline in working days', bn: 'অভিযোগ নিষ্পত্তির ধাপে কার্যদিবসের সময়সীমা নেই' },
    national: {
      en: 'The grievance deadline of {days} working days is not one of 30, 20 or 60',
      bn: 'অভিযোগ নিষ্পত্তির সময়সীমা {days} কার্যদিবস; ৩০, ২০ বা ৬০ কার্যদিবসের কোনোটি নয়',
    },
  },
  'grievance.deadline-role': one('{role} is given {days} working days; the rule is {rule}', '{role} এর জন্য {days} কার্যদিবস লেখা; নিয়ম {rule} কার্যদিবস'),

  // --- Text ---
  'spelling.misspelled': one('Misspelled: {pairs}', 'বানান ভুল: {pairs}'),
  'placeholder.unfilled': one('Unfilled placeholder "{mark}" in "{text}"', 'পূরণ না করা জায়গা "{mark}": "{text}"'),
  'bijoy.leftover': one('Bijoy glyphs left in the text: {pairs}', 'লেখায় বিজয় এনকোডিংয়ের অক্ষর রয়ে গেছে: {pairs}'),
  'bijoy.broken-conjunct': one('Broken conjuncts: {pairs}', 'ভাঙা যুক্তাক্ষর: {pairs}'),

  // --- Parts the charter must have ---
  'vision.missing': one('The charter has no vision', 'চার্টারে ভিশন নেই'),
  'mission.missing': one('The charter has no mission', 'চার্টারে মিশন নেই'),
  'services.missing': one('The charter lists no services', 'চার্টারে কোনো সেবা নেই'),
  'expectations.missing': one('The charter does not say what the office expects from citizens', 'চার্টারে "আপনার কাছে আমাদের প্রত্যাশা" নেই'),
};

/** What a one-click fix does. */
export const FIX_LABELS = {
  write: { en: 'Write {value}', bn: '{value} লিখুন' },
  'write-quoted': { en: 'Write "{value}"', bn: '"{value}" লিখুন' },
  'write-for': { en: 'Write {value} for {written}', bn: '{written} এর জায়গায় {value} লিখুন' },
  /** {now} is the new title in English: empty in the Bangla label, where {value} already is it. */
  renamed: { en: 'Use "{value}"{now}', bn: '"{value}"{now} লিখুন' },
  'as-elsewhere': { en: 'Use {value}, as the other places do', bn: 'অন্য জায়গার মতো {value} লিখুন' },
  'number-elsewhere': { en: "Use {value}, this officer's number elsewhere", bn: 'এই কর্মকর্তার অন্য জায়গার নম্বর {value} লিখুন' },
  'remove-marker': { en: 'Remove the list marker {mark}', bn: 'তালিকার চিহ্ন {mark} মুছে দিন' },
  /** Several repairs of one text, each said with the labels above. */
  repairs: { en: '{list}', bn: '{list}' },
} as const satisfies Record<string, Bilingual>;
export type FixKey = keyof typeof FIX_LABELS;
