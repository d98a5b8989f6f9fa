// The catalogue of every finding code the product emits: what it means and how to fix it, in both languages.
//
// Why one list: the editor's draft page, the docs and the command line explain a finding by its code, and a
// test (catalogue.test.ts) reads the source to keep this list and the code that emits findings in step.
import type { Finding } from '../model.ts';

export type Severity = Finding['severity'];

/** Who emits the code: the text importer, the lint over the structured charter, a file reader, or storage. */
export type Source = 'importer' | 'lint' | 'reader' | 'storage';

export interface Bilingual {
  bn: string;
  en: string;
}

export interface CatalogueEntry {
  code: string;
  severity: Severity;
  from: readonly Source[];
  /** Whether a finding of this code can carry a one-click fix (only where the fix is certain). */
  fixable: boolean;
  title: Bilingual;
  explanation: Bilingual;
  howToFix: Bilingual;
}

const ENTRIES = [
  // --- The file as a whole: the import refuses it (ImportError) or marks it ---
  {
    code: 'import.empty',
    severity: 'error',
    from: ['importer'],
    fixable: false,
    title: { bn: 'ফাইলটি খালি', en: 'The file is empty' },
    explanation: { bn: 'ফাইলে কোনো লেখা নেই, তাই কিছুই আমদানি করা যায়নি।', en: 'The file holds no text, so nothing could be imported.' },
    howToFix: {
      bn: 'সঠিক ফাইলটি বেছে নিন, অথবা চার্টারের লেখা ফাইলে রেখে আবার চেষ্টা করুন।',
      en: 'Choose the right file, or put the charter text in it and try again.',
    },
  },
  {
    code: 'import.binary',
    severity: 'error',
    from: ['importer'],
    fixable: false,
    title: { bn: 'ফাইলটি লেখা নয়', en: 'The file is not text' },
    explanation: {
      bn: 'ফাইলটি দেখতে বাইনারি (ছবি, আর্কাইভ বা ভাঙা ফাইল), পড়া যায় এমন লেখা নয়।',
      en: 'The file looks binary (an image, an archive or a damaged file), not readable text.',
    },
    howToFix: {
      bn: 'চার্টারটি Word (.docx), ওয়েব পাতা (HTML), PDF অথবা টেক্সট হিসেবে সংরক্ষণ করে আবার দিন।',
      en: 'Save the charter as Word (.docx), a web page (HTML), PDF or text and give it again.',
    },
  },
  {
    code: 'import.bijoy',
    severity: 'error',
    from: ['importer'],
    fixable: false,
    title: { bn: 'লেখাটি পুরোনো বিজয় এনকোডিংয়ে', en: 'The text is in the legacy Bijoy encoding' },
    explanation: {
      bn: 'পুরো লেখাটি বিজয় (SutonnyMJ) এনকোডিংয়ে, যা ইউনিকোডে না থাকায় ল্যাটিন অক্ষরের জঞ্জাল হিসেবে দেখায়।',
      en: 'The whole text is in the Bijoy (SutonnyMJ) encoding, which shows as Latin garbage because it is not Unicode.',
    },
    howToFix: {
      bn: 'আগে লেখাটি ইউনিকোডে রূপান্তর করুন (`cli -- bijoy FILE`), তারপর আমদানি করুন।',
      en: 'Convert the text to Unicode first (`cli -- bijoy FILE`), then import it.',
    },
  },
  {
    code: 'import.not-charter',
    severity: 'error',
    from: ['importer'],
    fixable: false,
    title: { bn: 'এটি সিটিজেনস চার্টার নয়', en: "This is not a citizen's charter" },
    explanation: {
      bn: 'চার্টারের কোনো অনুচ্ছেদ (ভিশন, প্রতিশ্রুত সেবা, অভিযোগ প্রতিকার ...) পাওয়া যায়নি।',
      en: 'No section of a charter (vision, promised services, grievance redress ...) was found.',
    },
    howToFix: { bn: 'সঠিক ফাইলটি দিন; অনুচ্ছেদের শিরোনামগুলো লেখায় আছে কিনা দেখুন।', en: 'Give the right file; check that the section titles are in the text.' },
  },
  {
    code: 'import.needs-review',
    severity: 'warning',
    from: ['reader'],
    fixable: false,
    title: { bn: 'PDF থেকে পড়া: মিলিয়ে দেখুন', en: 'Read from a PDF: review it' },
    explanation: {
      bn: 'PDF থেকে বের করা লেখার ক্রম ও ঘর সবসময় নিশ্চিতভাবে ফেরানো যায় না, তাই পুরো চার্টারটি মূল দলিলের সাথে মিলিয়ে দেখা দরকার।',
      en: 'Text extracted from a PDF cannot always be put back in its order and cells with certainty, so the whole charter must be checked against the document.',
    },
    howToFix: {
      bn: 'প্রতিটি সারি মূল PDF এর সাথে মিলিয়ে দেখুন; সম্ভব হলে Word (.docx) ফাইলটি দিন।',
      en: 'Check every row against the PDF; give the Word (.docx) file when there is one.',
    },
  },

  {
    code: 'import.too-large',
    severity: 'error',
    from: ['reader'],
    fixable: false,
    title: { bn: 'ফাইলটি খুব বড়', en: 'The file is too large' },
    explanation: {
      bn: 'ফাইলটি (অথবা এর ভেতরের লেখা) একটি চার্টারের জন্য নির্ধারিত সীমার চেয়ে বড়, তাই পড়া হয়নি।',
      en: 'The file (or the text inside it) is larger than the limit set for one charter, so it was not read.',
    },
    howToFix: { bn: 'শুধু চার্টারের অংশটুকু আলাদা ফাইলে রেখে দিন; ছবি বাদ দিন।', en: 'Put only the charter in a file of its own; leave images out.' },
  },
  {
    code: 'import.damaged',
    severity: 'error',
    from: ['reader'],
    fixable: false,
    title: { bn: 'ফাইলটি ভাঙা', en: 'The file is damaged' },
    explanation: {
      bn: 'ফাইলটি Word, PDF বা ওয়েব পাতার মতো দেখালেও এর ভেতরের গঠন পড়া যায়নি।',
      en: 'The file looks like a Word file, a PDF or a web page, but its inside could not be read.',
    },
    howToFix: {
      bn: 'মূল প্রোগ্রামে ফাইলটি খুলে আবার সংরক্ষণ করুন, তারপর আবার দিন।',
      en: 'Open the file in the program that made it, save it again, and give it again.',
    },
  },
  {
    code: 'import.unsafe',
    severity: 'error',
    from: ['reader'],
    fixable: false,
    title: { bn: 'ফাইলটি নিরাপদে পড়া যায় না', en: 'The file cannot be read safely' },
    explanation: {
      bn: 'ফাইলটি খুললে অস্বাভাবিক আকারে বড় হয় (জিপ বোমা), অথবা এর গঠন অস্বাভাবিক গভীর; সার্ভার রক্ষায় পড়া বন্ধ করা হয়েছে।',
      en: 'The file unpacks to an abnormal size (a zip bomb) or is nested abnormally deep; reading stopped to protect the server.',
    },
    howToFix: {
      bn: 'মূল প্রোগ্রামে ফাইলটি নতুন করে সংরক্ষণ করুন; সমস্যা থাকলে লেখাটি টেক্সট হিসেবে দিন।',
      en: 'Save the file afresh in the program that made it; if that fails, give the text as plain text.',
    },
  },
  {
    code: 'import.encoding',
    severity: 'error',
    from: ['reader'],
    fixable: false,
    title: { bn: 'লেখার এনকোডিং চেনা যায়নি', en: 'The text encoding is not recognised' },
    explanation: {
      bn: 'ফাইলটি UTF-8 নয়, এবং অন্য কোনো পরিচিত এনকোডিং হিসেবেও পড়া যায়নি।',
      en: 'The file is not UTF-8, and it could not be read as any other known encoding either.',
    },
    howToFix: { bn: 'ফাইলটি UTF-8 (ইউনিকোড) হিসেবে সংরক্ষণ করে আবার দিন।', en: 'Save the file as UTF-8 (Unicode) and give it again.' },
  },
  {
    code: 'import.unsupported',
    severity: 'error',
    from: ['reader'],
    fixable: false,
    title: { bn: 'এই ধরনের ফাইল পড়া যায় না', en: 'This kind of file cannot be read' },
    explanation: {
      bn: 'ফাইলটি টেক্সট, Word (.docx), ওয়েব পাতা (HTML) বা PDF নয় (যেমন পুরোনো .doc বা ছবি)।',
      en: 'The file is not text, Word (.docx), a web page (HTML) or PDF (an old .doc or an image, for example).',
    },
    howToFix: { bn: 'Word এ খুলে .docx হিসেবে সংরক্ষণ করুন, তারপর আবার দিন।', en: 'Open it in Word, save it as .docx, and give it again.' },
  },
  {
    code: 'import.ansi',
    severity: 'warning',
    from: ['reader'],
    fixable: false,
    title: { bn: 'পুরোনো ANSI এনকোডিংয়ের ফাইল', en: 'A file in the old ANSI encoding' },
    explanation: {
      bn: 'ফাইলটি UTF-8 নয়; এটিকে Windows-1252 (ANSI) হিসেবে পড়া হয়েছে, যেভাবে পুরোনো বিজয় ফাইল সংরক্ষিত হতো।',
      en: 'The file is not UTF-8; it was read as Windows-1252 (ANSI), the way old Bijoy files were saved.',
    },
    howToFix: {
      bn: 'লেখাটি মূল দলিলের সাথে মিলিয়ে দেখুন; পরের বার UTF-8 হিসেবে সংরক্ষণ করুন।',
      en: 'Check the text against the document; save as UTF-8 next time.',
    },
  },
  {
    code: 'bijoy.converted',
    severity: 'warning',
    from: ['reader'],
    fixable: false,
    title: { bn: 'বিজয় লেখা ইউনিকোডে রূপান্তরিত', en: 'Bijoy text converted to Unicode' },
    explanation: {
      bn: 'দলিলের কিছু অংশ পুরোনো বিজয় (SutonnyMJ) এনকোডিংয়ে ছিল এবং স্বয়ংক্রিয়ভাবে ইউনিকোডে রূপান্তর করা হয়েছে।',
      en: 'Parts of the document were in the old Bijoy (SutonnyMJ) encoding and were converted to Unicode automatically.',
    },
    howToFix: { bn: 'রূপান্তরিত লেখা, বিশেষত যুক্তাক্ষর, মূল দলিলের সাথে মিলিয়ে দেখুন।', en: 'Check the converted text, especially conjuncts, against the document.' },
  },

  // --- Shape of the document: sections, tables, rows, cells (importer) ---
  {
    code: 'line.unplaced',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'লাইন কোথাও বসানো যায়নি', en: 'A line could not be placed' },
    explanation: {
      bn: 'লাইনটি কোনো অনুচ্ছেদ, সারণি বা সারির অংশ হিসেবে চেনা যায়নি; লেখাটি হারায়নি, এখানে রাখা হয়েছে।',
      en: 'The line was not recognised as part of a section, table or row; its text is not lost, it is kept here.',
    },
    howToFix: {
      bn: 'লেখাটি যে ঘরে থাকার কথা সেখানে বসান, অপ্রয়োজনীয় হলে মুছে দিন।',
      en: 'Put the text in the cell it belongs to, or delete it if it is not needed.',
    },
  },
  {
    code: 'row.unplaced',
    severity: 'error',
    from: ['importer'],
    fixable: false,
    title: { bn: 'সারি আমদানি হয়নি', en: 'A row was not imported' },
    explanation: {
      bn: 'সারিটির ক্রমিক নম্বর বা নাম পড়া যায়নি, তাই এটি কোনো সেবা বা দপ্তর হিসেবে আমদানি হয়নি।',
      en: "The row's serial number or name could not be read, so it was not imported as a service or an office.",
    },
    howToFix: { bn: 'সারিটির ক্রমিক নম্বর ও নাম ঠিক করে লিখুন।', en: 'Give the row a serial number and a name.' },
  },
  {
    code: 'cell.unplaced',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'অজানা কলামের ঘর', en: 'A cell under no known column' },
    explanation: {
      bn: 'ঘরটি কোনো পরিচিত কলামের নিচে পড়েনি (সারিতে বাড়তি ঘর)।',
      en: 'The cell lies under no column the table is known to have (an extra cell in the row).',
    },
    howToFix: { bn: 'লেখাটি সঠিক কলামে সরান, অথবা বাড়তি ঘরটি মুছে দিন।', en: 'Move the text to the right column, or delete the extra cell.' },
  },
  {
    code: 'cell.run-together',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'দুটি ঘরের লেখা মিশে গেছে', en: 'Two cells ran together' },
    explanation: {
      bn: 'কপি করার সময় পাশাপাশি দুটি ঘরের লেখা একটিতে মিশে গেছে (যেমন সেবার মূল্য ও সময়সীমা), অথবা প্রতি লাইনে একটি ঘর হিসেবে কপি করা সারণির কোনো সারিতে ঘরের চেয়ে লাইন বেশি বা কম; যেখানে ভাগ করা নিশ্চিত ছিল সেখানে ভাগ করা হয়েছে, নইলে লেখাটি একটি ঘরেই রাখা হয়েছে।',
      en: 'Copying joined the text of two neighbouring cells into one (such as the fee and the time limit), or a row of a table copied one cell a line has more or fewer lines than cells; it was split where the split was certain, otherwise the text was kept in one cell.',
    },
    howToFix: { bn: 'ঘর দুটির লেখা মূল দলিলের সাথে মিলিয়ে দেখুন।', en: 'Check both cells against the document.' },
  },
  {
    code: 'cell.spanned',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'কয়েক সারি জুড়ে থাকা ঘর', en: 'A cell spanning rows' },
    explanation: {
      bn: 'সারণির এই সারিতে কিছু ঘর নেই বা ফাঁকা; কয়েক সারি জুড়ে থাকা (মার্জ করা) ঘর কপি বা পিডিএফ থেকে লেখায় রূপান্তর করলে কেবল প্রথম সারিতে থাকে, তাই ওপরের সারির ঘর নেওয়া হয়েছে।',
      en: "A row of the table lacks some cells or has them empty; a cell merged over several rows keeps its text in the first row only when the table is copied or converted from a PDF, so the row above's cell was used.",
    },
    howToFix: { bn: 'ঘরগুলো মিলিয়ে দেখুন।', en: 'Check the cells.' },
  },
  {
    code: 'cell.from-other-column',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'অন্য কলাম থেকে পড়া তথ্য', en: 'A field read from another column' },
    explanation: {
      bn: 'সারণিতে সেবার মূল্য বা সময়সীমার আলাদা কলাম নেই (বা ঘরটি খালি); মন্তব্য বা পদ্ধতির কলামে লেখা কথাটি সেই তথ্য হিসেবে পড়া হয়েছে।',
      en: 'The table has no fee or time-limit column (or the cell is empty); the phrase written under remarks or the method was read as that field.',
    },
    howToFix: { bn: 'তথ্যটি ঠিক কলামে লিখুন।', en: 'Write the field in its own column.' },
  },
  {
    code: 'table.no-header',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'সারণির শিরোনাম সারি নেই', en: 'The table has no header row' },
    explanation: { bn: 'কলামের শিরোনাম না থাকায় কলামগুলো প্রমিত ক্রম ধরে পড়া হয়েছে।', en: 'Without column titles, the columns were read in the standard order.' },
    howToFix: { bn: 'প্রতিটি সারণির প্রথমে কলামের শিরোনাম সারি রাখুন।', en: 'Start every table with its row of column titles.' },
  },
  {
    code: 'columns.non-standard',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'কলামগুলো প্রমিত ছকের নয়', en: 'The columns are not the standard form' },
    explanation: {
      bn: 'সব স্তরে এক ছক নির্ধারিত: ক্রমিক, সেবার নাম, পদ্ধতি, কাগজপত্র ও প্রাপ্তিস্থান, মূল্য ও পরিশোধ পদ্ধতি, সময়সীমা, দায়িত্বপ্রাপ্ত কর্মকর্তা (এবং ঊর্ধ্বতন/বিকল্প কর্মকর্তা)। এই সারণির কলাম ভিন্ন।',
      en: "One form is decided for every level: serial, service name, method, documents and where to get them, fee and payment, time limit, responsible officer (and a superior or alternate officer). This table's columns differ.",
    },
    howToFix: { bn: 'সারণিটি প্রমিত ছকের কলামে সাজান।', en: 'Arrange the table in the columns of the standard form.' },
  },
  {
    code: 'columns.ambiguous',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'কলামের অর্থ অনিশ্চিত', en: "A column's meaning is uncertain" },
    explanation: {
      bn: 'কলামের শিরোনাম একাধিক অর্থে পড়া যায়, অথবা দুটি কলাম একই শিরোনাম দাবি করে; অনুমান না করে কলামটি পড়া হয়নি, এর ঘরগুলোর লেখা আলাদাভাবে জানানো হয়েছে।',
      en: 'The column title can be read more than one way, or two columns claim the same title; rather than guess, the column was left unread and the text of its cells is reported on its own.',
    },
    howToFix: { bn: 'কলামের শিরোনাম স্পষ্ট করে লিখুন (যেমন "সেবা প্রদানের সময়সীমা")।', en: 'Give the column a clear title (such as "সেবা প্রদানের সময়সীমা").' },
  },
  {
    code: 'columns.by-content',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'ঘরের লেখা দেখে কলাম ঠিক করা হয়েছে', en: 'A column decided by its cells' },
    explanation: {
      bn: 'শিরোনাম দেখে সেবার নামের কলাম ঠিক করা যায়নি (দুটি কলাম নাম হতে পারত, বা কোনোটির শিরোনামে নাম নেই); যে কলামের ঘরে নাম আছে (সময়, মূল্য বা ব্যক্তি নয়), সেটিকে নাম ধরা হয়েছে।',
      en: 'The titles did not tell which column is the service name (two could be, or none says so); the column whose cells hold names (not durations, fees or people) was taken.',
    },
    howToFix: { bn: 'নামের কলামের শিরোনাম "সেবার নাম" লিখুন।', en: 'Title the name column "সেবার নাম".' },
  },
  {
    code: 'columns.missing',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'প্রয়োজনীয় কলাম নেই', en: 'A required column is missing' },
    explanation: {
      bn: 'সারণিতে প্রমিত ছকের একটি কলাম নেই, তাই সব সারিতে ওই তথ্য খালি থাকবে।',
      en: 'The table lacks a column of the standard form, so that information is empty in every row.',
    },
    howToFix: { bn: 'কলামটি যোগ করে প্রতিটি সেবার তথ্য দিন।', en: 'Add the column and fill it in for every service.' },
  },
  {
    code: 'section.unknown',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'অজানা অনুচ্ছেদ', en: 'Unknown section' },
    explanation: {
      bn: 'অনুচ্ছেদ বা সেবার ভাগের শিরোনাম চেনা যায়নি; এর লেখা আলাদা করে জানানো হয়েছে।',
      en: 'A section or service group title was not recognised; its text is reported separately.',
    },
    howToFix: { bn: 'প্রমিত শিরোনাম ব্যবহার করুন (ভিশন ও মিশন, প্রতিশ্রুত সেবাসমূহ, ...)।', en: 'Use the standard titles (ভিশন ও মিশন, প্রতিশ্রুত সেবাসমূহ, ...).' },
  },
  {
    code: 'services.no-category',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'সেবাগুলো তিন ভাগে নেই', en: 'Services are not in the three groups' },
    explanation: {
      bn: 'সেবাগুলো নাগরিক, প্রাতিষ্ঠানিক ও অভ্যন্তরীণ সেবায় ভাগ করা নেই; অবস্থান দেখে ভাগ ধরা হয়েছে।',
      en: 'The services are not grouped into citizen, institutional and internal services; a group was assumed from the position.',
    },
    howToFix: {
      bn: 'সেবাগুলো ২.১ নাগরিক, ২.২ প্রাতিষ্ঠানিক ও ২.৩ অভ্যন্তরীণ সেবায় ভাগ করুন।',
      en: 'Group the services into 2.1 citizen, 2.2 institutional and 2.3 internal services.',
    },
  },
  {
    code: 'services.from-list',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'সেবাগুলো তালিকা বা অনুচ্ছেদে লেখা', en: 'Services written as a list or prose' },
    explanation: {
      bn: 'সেবাগুলো প্রমিত সারণিতে নয়, নম্বর দেওয়া তালিকা বা অনুচ্ছেদে লেখা; নাম, সময়সীমা, মূল্য ও কর্মকর্তা লেখা থেকে পড়া হয়েছে।',
      en: 'The services are not in the standard table but in a numbered list or paragraphs; name, time limit, fee and officer were read from the words.',
    },
    howToFix: {
      bn: 'প্রতিটি সেবার তথ্য যাচাই করুন এবং প্রমিত সারণিতে লিখুন।',
      en: "Check each service's fields and write them in the standard table.",
    },
  },
  {
    code: 'service.no-name',
    severity: 'error',
    from: ['importer'],
    fixable: false,
    title: { bn: 'সেবার নাম নেই', en: 'A service has no name' },
    explanation: { bn: 'সারিতে সেবার নামের ঘর খালি।', en: 'The service name cell of the row is empty.' },
    howToFix: { bn: 'সেবার নাম লিখুন।', en: "Write the service's name." },
  },
  {
    code: 'row.serial-sequence',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'ক্রমিক নম্বর ধারাবাহিক নয়', en: 'Serial numbers skip or repeat' },
    explanation: {
      bn: 'একটি ভাগের ক্রমিক নম্বর ১, ২, ৩ ... ধারায় নেই; প্রায়ই এর মানে একটি সারি হারিয়েছে বা ভেঙে গেছে।',
      en: 'The serials of a group do not run 1, 2, 3 ...; often a row was lost or broken in two.',
    },
    howToFix: { bn: 'হারানো সারিটি খুঁজে যোগ করুন, অথবা নম্বরগুলো ঠিক করুন।', en: 'Find and add the lost row, or correct the numbers.' },
  },
  {
    code: 'portal.invalid',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'ওয়েব ঠিকানা সঠিক নয়', en: 'Not a web address' },
    explanation: { bn: 'আওতাধীন দপ্তরের তথ্য বাতায়নের ঘরে ওয়েব ঠিকানা পড়া যায়নি।', en: 'The portal cell of a subordinate office holds no readable web address.' },
    howToFix: {
      bn: 'দপ্তরের তথ্য বাতায়নের ঠিকানা লিখুন (যেমন doict.dakop.khulna.gov.bd)।',
      en: "Write the office's portal address (such as doict.dakop.khulna.gov.bd).",
    },
  },
  {
    code: 'sign-off.date',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'তারিখ পড়া যায়নি', en: 'The date could not be read' },
    explanation: { bn: 'স্বাক্ষরের তারিখটি কোনো পরিচিত ধরনে লেখা নয়।', en: 'The date of the sign-off is not written in a known form.' },
    howToFix: { bn: 'তারিখটি দিন/মাস/বছর ধরনে লিখুন, যেমন ০৩/০৬/২০২৫।', en: 'Write the date as day/month/year, such as 03/06/2025.' },
  },
  {
    code: 'office.missing',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'দপ্তরের নাম নেই', en: 'The office is not named' },
    explanation: { bn: 'শিরোনাম বা স্বাক্ষর অংশের কোথাও দপ্তরের নাম পাওয়া যায়নি।', en: 'Neither the letterhead nor the sign-off names the office.' },
    howToFix: { bn: 'শিরোনামে দপ্তরের নাম ও ঠিকানা লিখুন।', en: "Put the office's name and address in the letterhead." },
  },
  {
    code: 'office.from-sign-off',
    severity: 'warning',
    from: ['importer'],
    fixable: false,
    title: { bn: 'দপ্তরের নাম স্বাক্ষর অংশ থেকে নেওয়া', en: 'The office is taken from the sign-off' },
    explanation: {
      bn: 'শিরোনামে দপ্তরের নাম নেই, তাই স্বাক্ষর অংশের দপ্তরের লাইন থেকে নেওয়া হয়েছে।',
      en: 'The letterhead does not name the office, so it was taken from the office line of the sign-off.',
    },
    howToFix: { bn: 'চার্টারের শুরুতে দপ্তরের নাম ও তথ্য বাতায়নের ঠিকানা লিখুন।', en: "Start the charter with the office's name and portal address." },
  },

  // --- Officers and their contacts ---
  {
    code: 'officer.missing',
    severity: 'error',
    from: ['lint'],
    fixable: false,
    title: { bn: 'দায়িত্বপ্রাপ্ত কর্মকর্তা নেই', en: 'No responsible officer' },
    explanation: {
      bn: 'সেবাটির দায়িত্বপ্রাপ্ত কর্মকর্তার ঘর খালি; নাগরিক জানেন না কার কাছে যাবেন, কে জবাবদিহি করবেন।',
      en: 'The responsible officer cell of the service is empty; citizens cannot tell whom to go to or who answers for the service.',
    },
    howToFix: {
      bn: 'দায়িত্বপ্রাপ্ত কর্মকর্তার পদবি, ফোন ও ই-মেইল লিখুন (পদটি বেছে নিলেই যথেষ্ট)।',
      en: "Give the responsible officer's designation, phone and e-mail (choosing the post is enough).",
    },
  },
  {
    code: 'officer.no-designation',
    severity: 'warning',
    from: ['lint'],
    fixable: false,
    title: { bn: 'কর্মকর্তার পদবি নেই', en: 'The officer has no designation' },
    explanation: {
      bn: 'ঘরে কর্মকর্তার পদবি নেই, শুধু নাম, ফোন বা ই-মেইল আছে। চার্টারের সারি একটি পদের সাথে যুক্ত থাকে, যাতে কর্মকর্তা বদলালেও সারি ঠিক থাকে; পদবি ছাড়া পদ চেনা যায় না।',
      en: 'The cell gives no designation, only a name, phone or e-mail. A charter row points at a post so that it stays right when the holder changes; without a designation the post cannot be known.',
    },
    howToFix: { bn: 'কর্মকর্তার পদবি লিখুন (যেমন "উপজেলা আইসিটি অফিসার")।', en: 'Give the officer\'s designation (such as "উপজেলা আইসিটি অফিসার").' },
  },
  {
    code: 'phone.old-numbering',
    severity: 'warning',
    from: ['lint'],
    fixable: false,
    title: { bn: 'পুরোনো নম্বর-পরিকল্পনার ফোন', en: 'A phone of an earlier numbering plan' },
    explanation: {
      bn: 'ল্যান্ডফোন নম্বরটি আগের নম্বর-পরিকল্পনার (এলাকা কোড ও স্থানীয় নম্বর); বর্তমান তালিকায় এলাকাটি নেই, তবে নম্বরটি যেমন লেখা তেমন রাখা হয়েছে।',
      en: 'The land line is written in an earlier numbering plan (area code and local number); the current plan no longer lists the area, but the number is kept as written.',
    },
    howToFix: { bn: 'নম্বরটি এখনও চালু কি না দেখুন; বদলে থাকলে নতুন নম্বর লিখুন।', en: 'Check that the number still rings; if it changed, write the new one.' },
  },
  {
    code: 'phone.invalid',
    severity: 'error',
    from: ['lint'],
    fixable: true,
    title: { bn: 'ফোন নম্বর বাংলাদেশে সম্ভব নয়', en: 'The phone number cannot exist in Bangladesh' },
    explanation: {
      bn: 'নম্বরটি বাংলাদেশের কোনো মোবাইল বা ল্যান্ডফোন নম্বরের নিয়মে পড়ে না (প্রায়ই একটি অঙ্ক বাদ পড়েছে, বেশি হয়েছে বা বদলে গেছে)। ২০২১ সালের বিটিসিএল ল্যান্ডফোন (০২ + নয় অঙ্ক) সঠিক ধরা হয়।',
      en: "The number fits no Bangladesh mobile or land line plan (often a digit is missing, extra or changed). BTCL's 2021 land lines (02 + nine digits) count as valid.",
    },
    howToFix: {
      bn: 'সঠিক নম্বরটি লিখুন; একই কর্মকর্তার অন্য সারির নম্বর থেকে এক অঙ্কের তফাত হলে সেটিই প্রস্তাব করা হয়।',
      en: "Write the right number; when the same officer's number in other rows is one digit away, that number is offered as the fix.",
    },
  },
  {
    code: 'email.space',
    severity: 'warning',
    from: ['importer', 'lint'],
    fixable: true,
    title: { bn: 'ই-মেইল ঠিকানায় ফাঁকা জায়গা', en: 'An e-mail address has a space in it' },
    explanation: {
      bn: 'ই-মেইল ঠিকানায় ফাঁকা জায়গা থাকতে পারে না; যেখানে নিশ্চিত, ফাঁকা বাদ দিয়ে পড়া হয়েছে।',
      en: 'An e-mail address cannot contain a space; where it was certain, the address was read without it.',
    },
    howToFix: { bn: 'ফাঁকা জায়গা বাদ দিয়ে ঠিকানাটি লিখুন।', en: 'Write the address without the space.' },
  },
  {
    code: 'email.invalid',
    severity: 'error',
    from: ['lint'],
    fixable: true,
    title: { bn: 'ই-মেইল ঠিকানা সঠিক নয়', en: 'Not a valid e-mail address' },
    explanation: {
      bn: 'ই-মেইল ঠিকানাটিতে @ নেই (যেমন "uno.debiganj(at)mopa.gov.bd", ই-মেইলের জায়গায় "dcpanchagarh.gov.bd" বা "ict.gmail.com") বা ঠিকানার গঠন ভুল, তাই এতে মেইল পাঠানো যাবে না।',
      en: 'The e-mail address has no @ (such as "uno.debiganj(at)mopa.gov.bd", or "dcpanchagarh.gov.bd" or "ict.gmail.com" where the e-mail goes) or is not shaped like an address, so mail to it cannot be delivered.',
    },
    howToFix: {
      bn: 'পূর্ণ ও সঠিক ঠিকানা লিখুন, যেমন name@doict.gov.bd। @ এর জায়গায় "(at)", "[at]" বা "at" লেখা থাকলে @ দিয়ে লেখা ঠিকানাটি প্রস্তাব করা হয়।',
      en: 'Write the full, correct address, such as name@doict.gov.bd. Where "(at)", "[at]" or "at" stands for the @, the address written with @ is offered.',
    },
  },
  {
    code: 'officer.contact-mismatch',
    severity: 'warning',
    from: ['lint'],
    fixable: true,
    title: { bn: 'একই কর্মকর্তার ভিন্ন ফোন বা ই-মেইল', en: 'One officer, different phones or e-mails' },
    explanation: {
      bn: 'একই কর্মকর্তার ফোন বা ই-মেইল বিভিন্ন সারিতে ভিন্ন লেখা; সাধারণত একটি টাইপের ভুল।',
      en: "The same officer's phone or e-mail differs between rows; usually one of them is a typing error.",
    },
    howToFix: {
      bn: 'সঠিকটি রেখে বাকিগুলো মিলিয়ে দিন। বেশিরভাগ সারির ঠিকানা থেকে যেটি এক অক্ষরের তফাত, সেখানে বেশিরভাগের মানটি প্রস্তাব করা হয়।',
      en: 'Keep the right one and make the others match. Where one value is the clear majority and the other is one character away, the majority value is offered as the fix.',
    },
  },
  {
    code: 'officer.code-mismatch',
    severity: 'warning',
    from: ['importer', 'lint'],
    fixable: true,
    title: { bn: 'একই কর্মকর্তার ভিন্ন দপ্তর কোড', en: 'One officer, different office codes' },
    explanation: {
      bn: 'একই কর্মকর্তার উপজেলা বা জেলা কোড বিভিন্ন সারিতে (বা একই ঘরে) ভিন্ন লেখা।',
      en: 'The same officer is given different upazila or district codes in different rows (or in one cell).',
    },
    howToFix: {
      bn: 'দপ্তরের সঠিক কোড লিখুন; বেশিরভাগ সারির কোড থেকে এক অঙ্কের তফাত হলে সেটিই প্রস্তাব করা হয়।',
      en: "Write the office's right code; when most rows agree and this one is one digit away, their code is offered as the fix.",
    },
  },
  {
    code: 'officer.shared-contact',
    severity: 'warning',
    from: ['lint', 'storage'],
    fixable: false,
    title: { bn: 'অন্য কর্মকর্তার ফোন বা ই-মেইল', en: "Another officer's phone or e-mail" },
    explanation: {
      bn: 'একজন কর্মকর্তার ঘরে এমন ফোন বা ই-মেইল লেখা যা চার্টারে অন্য নামের কর্মকর্তার; নাগরিক ভুল মানুষের কাছে যাবেন।',
      en: "An officer's cell gives a phone or e-mail that the charter uses for a differently named officer; citizens would reach the wrong person.",
    },
    howToFix: { bn: 'ঘরটিতে ওই কর্মকর্তার নিজের ফোন ও ই-মেইল লিখুন।', en: "Give that officer's own phone and e-mail in the cell." },
  },
  {
    code: 'designation.renamed',
    severity: 'warning',
    from: ['lint'],
    fixable: true,
    title: { bn: 'পদবির নাম বদলেছে', en: 'The designation was renamed' },
    explanation: {
      bn: 'আগস্ট ২০২৪ থেকে তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তরের প্রোগ্রামার পদের নাম জেলা আইসিটি অফিসার এবং সহকারী প্রোগ্রামার পদের নাম উপজেলা আইসিটি অফিসার।',
      en: "Since August 2024 the Department of ICT's Programmer is called District ICT Officer (জেলা আইসিটি অফিসার) and its Assistant Programmer Upazila ICT Officer (উপজেলা আইসিটি অফিসার).",
    },
    howToFix: { bn: 'নতুন পদবি লিখুন (এক ক্লিকে বদলানো যায়)।', en: 'Use the new designation (one click applies it).' },
  },

  // --- The cells of a service row ---
  {
    code: 'cell.wrong-column',
    severity: 'warning',
    from: ['lint'],
    fixable: false,
    title: { bn: 'ঘরে অন্য কলামের লেখা', en: "A cell holds another column's content" },
    explanation: {
      bn: 'ঘরটিতে অন্য কলামের তথ্য আছে: যেমন কাগজপত্রের ঘরে কর্মকর্তার ই-মেইল বা ফোন, মূল্যের ঘরে সময়সীমা, সময়সীমার ঘরে মূল্য, সেবার নামে ফোন নম্বর।',
      en: "The cell holds another column's information: an officer's e-mail or phone among the documents, a time limit as the fee, a fee as the time limit, a phone number in the service name.",
    },
    howToFix: { bn: 'লেখাটি সঠিক কলামে সরান।', en: 'Move the text to the column it belongs to.' },
  },
  {
    code: 'time-limit.empty',
    severity: 'error',
    from: ['lint'],
    fixable: false,
    title: { bn: 'সময়সীমা খালি', en: 'No time limit' },
    explanation: { bn: 'সেবা প্রদানের সময়সীমার ঘর খালি; প্রতিশ্রুতির মূল কথাই এটি।', en: 'The time limit cell is empty; it is the heart of the promise.' },
    howToFix: {
      bn: 'কত কার্যদিবসে সেবা দেওয়া হবে লিখুন, যেমন "৩ কার্যদিবস" বা "তাৎক্ষণিক"।',
      en: 'Write within how many working days the service is given, such as "৩ কার্যদিবস" or "তাৎক্ষণিক".',
    },
  },
  {
    code: 'time-limit.no-number',
    severity: 'error',
    from: ['lint'],
    fixable: false,
    title: { bn: 'সময়সীমায় সংখ্যা নেই', en: 'The time limit has no number' },
    explanation: {
      bn: 'সময়সীমায় "কার্যদিবস" লেখা, কিন্তু কত কার্যদিবস তা নেই (যেমন "তাৎক্ষণিক/ কার্যদিবস")।',
      en: 'The time limit says "working days" but not how many (as in "তাৎক্ষণিক/ কার্যদিবস").',
    },
    howToFix: { bn: 'কার্যদিবসের সংখ্যা লিখুন, যেমন "তাৎক্ষণিক/৩ কার্যদিবস"।', en: 'Write the number of working days, such as "তাৎক্ষণিক/৩ কার্যদিবস".' },
  },
  {
    code: 'time-limit.calendar-days',
    severity: 'warning',
    from: ['lint'],
    fixable: false,
    title: { bn: 'সময়সীমা দিনে, কার্যদিবসে নয়', en: 'The time limit is in days, not working days' },
    explanation: {
      bn: 'সময়সীমা সাধারণ দিনে লেখা; চার্টারের সময়সীমা গোনা হয় কার্যদিবসে।',
      en: 'The time limit is given in days; charter time limits are counted in working days.',
    },
    howToFix: { bn: 'সময়সীমা কার্যদিবসে লিখুন।', en: 'Give the time limit in working days.' },
  },
  {
    code: 'time-limit.not-duration',
    severity: 'warning',
    from: ['lint'],
    fixable: false,
    title: { bn: 'সময়সীমা কোনো মেয়াদ নয়', en: 'The time limit is not a duration' },
    explanation: {
      bn: 'সময়সীমার ঘরে কোনো মেয়াদ (কার্যদিবস, ঘণ্টা, তাৎক্ষণিক) বা নিয়মের উল্লেখ নেই, যেমন একটি তারিখ বা অন্য কথা।',
      en: 'The time limit cell names no duration (working days, hours, immediately) and no rule to follow; for example a date or other words.',
    },
    howToFix: { bn: 'কত কার্যদিবসে সেবা দেওয়া হবে লিখুন।', en: 'Write within how many working days the service is given.' },
  },
  {
    code: 'fee.empty',
    severity: 'error',
    from: ['lint'],
    fixable: false,
    title: { bn: 'সেবার মূল্য খালি', en: 'No fee' },
    explanation: {
      bn: 'সেবার মূল্য ও পরিশোধ পদ্ধতির ঘর খালি; নাগরিক জানেন না কত দিতে হবে।',
      en: 'The fee and payment cell is empty; citizens cannot tell what they must pay.',
    },
    howToFix: {
      bn: '"বিনামূল্যে", টাকার অংক, অথবা যে নীতিমালা অনুযায়ী মূল্য ঠিক হয় তা লিখুন।',
      en: 'Write "বিনামূল্যে", an amount in taka, or the policy that sets the fee.',
    },
  },
  {
    code: 'fee.unclear',
    severity: 'warning',
    from: ['lint'],
    fixable: false,
    title: { bn: 'সেবার মূল্য অস্পষ্ট', en: 'The fee is unclear' },
    explanation: {
      bn: 'মূল্যের ঘরটি বিনামূল্যে, টাকার অংক বা কোনো নীতিমালার উল্লেখ — কোনোটিই নয়।',
      en: 'The fee cell is neither free, nor an amount, nor a reference to a policy.',
    },
    howToFix: {
      bn: '"বিনামূল্যে", টাকার অংক (যেমন "১০০ টাকা"), অথবা নীতিমালার নাম লিখুন।',
      en: 'Write "বিনামূল্যে", an amount (such as "১০০ টাকা"), or the policy\'s name.',
    },
  },
  {
    code: 'service.duplicate',
    severity: 'warning',
    from: ['lint'],
    fixable: false,
    title: { bn: 'একই সেবা দুবার', en: 'The same service twice' },
    explanation: { bn: 'একই ভাগে একই নামের সেবা একাধিকবার আছে।', en: 'A service of the same name appears more than once in one group.' },
    howToFix: { bn: 'সারি দুটি মিলিয়ে একটি রাখুন, অথবা নাম আলাদা করুন।', en: 'Merge the two rows into one, or tell them apart by name.' },
  },

  // --- Grievance redress ---
  {
    code: 'grievance.missing',
    severity: 'error',
    from: ['lint'],
    fixable: false,
    title: { bn: 'অভিযোগ প্রতিকার ব্যবস্থা নেই', en: 'No grievance redress' },
    explanation: {
      bn: 'চার্টারে অভিযোগ প্রতিকার ব্যবস্থার (GRS) কোনো ধাপ নেই; সেবা না পেলে নাগরিক কোথায় যাবেন তা বলা নেই।',
      en: 'The charter gives no step of grievance redress (GRS); it does not tell citizens where to go when a service is not given.',
    },
    howToFix: {
      bn: 'অনিক (৩০ কার্যদিবস), আপিল কর্মকর্তা (২০) ও মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল (৬০) — তিনটি ধাপ যোগ করুন।',
      en: "Add the three steps: grievance officer (অনিক, 30 working days), appeal officer (20), Cabinet Division's grievance cell (60).",
    },
  },
  {
    code: 'grievance.step-missing',
    severity: 'error',
    from: ['lint'],
    fixable: false,
    title: { bn: 'অভিযোগ প্রতিকারের একটি ধাপ নেই', en: 'A grievance step is missing' },
    explanation: {
      bn: 'জাতীয় নিয়মে অভিযোগ প্রতিকারের তিনটি ধাপ: অনিক, আপিল কর্মকর্তা, মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল। এর একটি নেই।',
      en: "The national rule has three grievance steps: the grievance officer (অনিক), the appeal officer, the Cabinet Division's grievance cell. One of them is missing.",
    },
    howToFix: { bn: 'হারানো ধাপটি তার কর্মকর্তা, ঠিকানা ও সময়সীমাসহ যোগ করুন।', en: 'Add the missing step with its officer, address and deadline.' },
  },
  {
    code: 'grievance.deadline',
    severity: 'error',
    from: ['lint'],
    fixable: false,
    title: { bn: 'অভিযোগ নিষ্পত্তির সময়সীমা নিয়মের নয়', en: 'The grievance deadline is not a national one' },
    explanation: {
      bn: 'অভিযোগ নিষ্পত্তির সময়সীমা ৩০, ২০ বা ৬০ কার্যদিবসের কোনোটি নয়, অথবা সংখ্যা নেই।',
      en: 'The grievance deadline is none of 30, 20 or 60 working days, or it has no number.',
    },
    howToFix: {
      bn: 'অনিক ৩০, আপিল কর্মকর্তা ২০, মন্ত্রিপরিষদ বিভাগের সেল ৬০ কার্যদিবস লিখুন।',
      en: "Write 30 working days for the grievance officer, 20 for the appeal officer, 60 for the Cabinet Division's cell.",
    },
  },
  {
    code: 'grievance.deadline-role',
    severity: 'error',
    from: ['lint'],
    fixable: false,
    title: { bn: 'ধাপের সময়সীমা ভুল', en: 'The wrong deadline for the step' },
    explanation: {
      bn: 'ধাপটির সময়সীমা অন্য ধাপের: অনিক ৩০, আপিল কর্মকর্তা ২০, মন্ত্রিপরিষদ বিভাগের সেল ৬০ কার্যদিবস।',
      en: "The step has another step's deadline: grievance officer 30, appeal officer 20, Cabinet Division's cell 60 working days.",
    },
    howToFix: {
      bn: 'ধাপের কর্মকর্তা ও সময়সীমা দুটোই দেখুন; যেটি ভুল সেটি ঠিক করুন।',
      en: "Check both the step's officer and its deadline; correct whichever is wrong.",
    },
  },

  // --- Text anywhere ---
  {
    code: 'spelling.misspelled',
    severity: 'warning',
    from: ['lint'],
    fixable: true,
    title: { bn: 'বানান ভুল', en: 'A misspelling' },
    explanation: {
      bn: 'চার্টারে প্রায়ই দেখা যায় এমন একটি ভুল বানান (যেমন "প্রয়োজ্য", "তাৎক্ষনিক", "উর্ধ্বতন"); সঠিক বানান নিশ্চিত।',
      en: 'A misspelling charters often have (such as "প্রয়োজ্য", "তাৎক্ষনিক", "উর্ধ্বতন"); the right spelling is certain.',
    },
    howToFix: { bn: 'প্রস্তাবিত সঠিক বানানটি গ্রহণ করুন।', en: 'Accept the suggested spelling.' },
  },
  {
    code: 'placeholder.unfilled',
    severity: 'error',
    from: ['lint'],
    fixable: false,
    title: { bn: 'পূরণ না করা জায়গা', en: 'An unfilled placeholder' },
    explanation: {
      bn: 'লেখায় ফাঁকা রাখার চিহ্ন রয়ে গেছে ("……", "....", "___", "[ ]", "XXX"); ছকের এই অংশটি পূরণ করা হয়নি।',
      en: 'A blank-to-fill mark is left in the text ("……", "....", "___", "[ ]", "XXX"); this part of the template was never filled in.',
    },
    howToFix: { bn: 'ফাঁকা জায়গায় সঠিক তথ্য লিখুন।', en: 'Fill in the right information.' },
  },
  {
    code: 'bijoy.leftover',
    severity: 'error',
    from: ['lint'],
    fixable: true,
    title: { bn: 'বিজয় এনকোডিংয়ের অক্ষর রয়ে গেছে', en: 'Bijoy glyphs are left in the text' },
    explanation: {
      bn: 'ইউনিকোড লেখার ভেতরে পুরোনো বিজয় (SutonnyMJ) এনকোডিংয়ের চিহ্ন রয়ে গেছে (যেমন ক্ষ এর জায়গায় ÿ), অথবা বিজয় দলিলের তালিকার চিহ্ন: বুলেট ("Ø", "§", "·", পুরোনো রূপান্তরে "দ্ব" বা "ক্স" হয়ে যাওয়া) বা ক্রমিক "1|" (১।)।',
      en: 'Marks of the legacy Bijoy (SutonnyMJ) encoding are left inside the Unicode text (such as ÿ for ক্ষ), or the list markers of a Bijoy document: bullets ("Ø", "§", "·", or the "দ্ব" and "ক্স" old converters made of them) or numbering such as "1|" (১।).',
    },
    howToFix: {
      bn: 'শব্দটি ইউনিকোডে ঠিক করে লিখুন; নিশ্চিত হলে ঠিক করা লেখা প্রস্তাব করা হয়: বুলেট মুছে, ক্রমিক বাংলায়।',
      en: 'Retype the word in Unicode; where the repair is certain, the repaired text is offered: bullets removed, numbering in Bengali.',
    },
  },
  {
    code: 'bijoy.broken-conjunct',
    severity: 'warning',
    from: ['lint'],
    fixable: true,
    title: { bn: 'যুক্তাক্ষর ভাঙা', en: 'A broken conjunct' },
    explanation: {
      bn: 'পুরোনো ভুল রূপান্তরে যুক্তাক্ষর ভেঙে গেছে, যেমন "প্রস্তাব" এর জায়গায় "প্রসত্মাব", "পর্যন্ত" এর জায়গায় "পর্যমত্ম", "উল্লেখ" এর জায়গায় "উলেস্নখ", "ভাণ্ডার" এর জায়গায় "ভা-ার", "ধর্ম" এর জায়গায় "ধমর্"।',
      en: 'A bad old conversion broke a conjunct, as in "প্রসত্মাব" for "প্রস্তাব", "পর্যমত্ম" for "পর্যন্ত", "উলেস্নখ" for "উল্লেখ", "ভা-ার" for "ভাণ্ডার", "ধমর্" for "ধর্ম".',
    },
    howToFix: {
      bn: 'শব্দটি ঠিক করুন; প্রতিটি ভাঙা শব্দ ও তার ঠিক রূপ দেখানো হয় এবং ঠিক করা লেখা প্রস্তাব করা হয়।',
      en: 'Correct the word; each broken word is shown with its right form, and the repaired text is offered.',
    },
  },

  // --- Sections ---
  {
    code: 'vision.missing',
    severity: 'warning',
    from: ['lint'],
    fixable: false,
    title: { bn: 'ভিশন নেই', en: 'No vision' },
    explanation: { bn: 'চার্টারে ভিশনের (রূপকল্প) লেখা নেই।', en: 'The charter has no vision text.' },
    howToFix: { bn: '"১. ভিশন ও মিশন" অনুচ্ছেদে ভিশন লিখুন।', en: 'Write the vision in section "১. ভিশন ও মিশন".' },
  },
  {
    code: 'mission.missing',
    severity: 'warning',
    from: ['lint'],
    fixable: false,
    title: { bn: 'মিশন নেই', en: 'No mission' },
    explanation: { bn: 'চার্টারে মিশনের (অভিলক্ষ্য) লেখা নেই।', en: 'The charter has no mission text.' },
    howToFix: { bn: '"১. ভিশন ও মিশন" অনুচ্ছেদে মিশন লিখুন।', en: 'Write the mission in section "১. ভিশন ও মিশন".' },
  },
  {
    code: 'services.missing',
    severity: 'error',
    from: ['lint'],
    fixable: false,
    title: { bn: 'কোনো সেবা নেই', en: 'No services' },
    explanation: { bn: 'চার্টারে প্রতিশ্রুত সেবার কোনো সারি পাওয়া যায়নি।', en: 'The charter has no row of promised services.' },
    howToFix: { bn: '"২. প্রতিশ্রুত সেবাসমূহ" অনুচ্ছেদে সেবাগুলো সারণিতে লিখুন।', en: 'List the services in the table of section "২. প্রতিশ্রুত সেবাসমূহ".' },
  },
  {
    code: 'expectations.missing',
    severity: 'warning',
    from: ['lint'],
    fixable: false,
    title: { bn: '"আপনার কাছে আমাদের প্রত্যাশা" নেই', en: 'No "what we expect from you"' },
    explanation: { bn: 'নাগরিকের কাছে দপ্তরের প্রত্যাশার তালিকা নেই।', en: 'The charter does not list what the office expects from citizens.' },
    howToFix: { bn: '"আপনার কাছে আমাদের প্রত্যাশা" অনুচ্ছেদে করণীয়গুলো লিখুন।', en: 'List them in the section "আপনার কাছে আমাদের প্রত্যাশা".' },
  },
] as const satisfies readonly CatalogueEntry[];

type Entry = (typeof ENTRIES)[number];
export type FindingCode = Entry['code'];
type CodeFrom<E, S extends Source> = E extends { code: infer C; from: readonly (infer F)[] } ? (S extends F ? C : never) : never;

/** The codes the lint itself emits: a lint rule cannot report a code that is not catalogued as the lint's. */
export type LintCode = CodeFrom<Entry, 'lint'>;

/** Every entry, in the order the docs show them. */
export const CATALOGUE: readonly CatalogueEntry[] = ENTRIES;

const BY_CODE = new Map<string, CatalogueEntry>(ENTRIES.map((e) => [e.code, e]));

/** The entry of a code, or undefined for a code the catalogue does not know. */
export function catalogueEntry(code: string): CatalogueEntry | undefined {
  return BY_CODE.get(code);
}

/** The severity a lint code always has. */
export function severityOf(code: LintCode): Severity {
  return BY_CODE.get(code)?.severity ?? 'warning';
}
