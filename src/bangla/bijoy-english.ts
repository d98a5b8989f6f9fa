// Words that tell English from Bijoy when a document mixes them: English words and acronyms that
// charters and office letters use, and short Bijoy words that look like nothing in particular.
//
// Why lists at all: most English words read as Bijoy give a Bengali spelling no word has (a vowel sign
// with no consonant, ৎ before a vowel), and the assembler counts those; but short or consonant-only
// English words (Name, Office, Dhaka) read as plausible Bengali, and short Bijoy words (Ki = কর,
// Ges = এবং) look like nothing. The lists settle the frequent cases; context settles the rest.

const ENGLISH_TEXT = `
a2i about above act action address admin administration administrative affairs agency agreement all also am
an analyst and annex annual any apa app appeal application applications apply approval april are area as
assistant at attachment august authority available avenue average bangla bangladesh bank bar barishal
barisal be bd bdt bin bijoy birth block board bogura both branch bureau but by cabinet call can care cc cell
center centre certificate chairman chamber charter chattogram chief chittagong citizen citizens city code
college commission commissioner committee community complaint computer contact copy corporation council
court cumilla customer cyber daily data database date day days december deed department deputy desk
details development digital director directorate district division doc docx document documents does doict
download dr email eng engineer engr english etc evaluation every executive excel facebook fax february fee fees
field file first focal for form forms foundation framework free friday from general gmail google gov govt
grievance grs hall hardware has have head health help helpline high home hotline hour hours house http
https ict id if in information innovation inside integrity internet into is it its january july june
khulna lab land law level limited link list local ltd mail maintenance manager march may meeting memo
microsoft minister ministry minutes mission mobile monday month monthly mymensingh na name
national network new news nid no not notice number of office officer offices official offline on online
only or order other our out page pdf per performance phone plan point policy portal post power president
print process program programmer progress project public quarterly rajshahi rangpur record redress
register registration report republic request required responsible right road room rti rule rules
saturday school section secretary sector see server service services shall sheet signature sl sms software
staff station strategy sub sunday support sylhet system taka team tel telephone the this thursday tin tk
to total training tuesday union uno unicode up update updated upazila upload url user vat version vision
web website wednesday week were will with within word working www year yes you your zilla zoom
rev roy
bagerhat bandarban barguna bhola bogra brahmanbaria chandpur chapainawabganj chuadanga comilla coxsbazar
dinajpur faridpur feni gaibandha gazipur gopalganj habiganj jamalpur jashore jessore jhalokati jhenaidah
joypurhat khagrachhari kishoreganj kurigram kushtia lakshmipur lalmonirhat madaripur magura manikganj
meherpur moulvibazar munshiganj naogaon narail narayanganj narsingdi natore netrokona nilphamari noakhali
pabna panchagarh patuakhali pirojpur rajbari rangamati satkhira shariatpur sherpur sirajganj sunamganj
tangail thakurgaon
`;

/**
 * Acronyms and titles: matched only as written, so that a Bijoy word spelt with the same letters stays
 * Bijoy (mr = সৎ, Dr = উৎ).
 */
const ACRONYMS_TEXT = `
ADC AC APA BCC BTCL BRTA DC DPHE DoICT GRS HQ ICT IT LGED NID NGO OTP PDF PMO RTI SMS TIN UNO UP VAT BIN
Mr Mrs Ms Md Dr Engr
SDG SDGs ToR TOR MoU kV kW kWh MW eGP e-GP bKash Pvt
`;

/**
 * English words that are also common Bijoy words or syllables; they decide nothing by themselves.
 * me = সব, I = ও, we = বি, be = নব, he = যব, is = রং, a = ধ.
 */
export const AMBIGUOUS = new Set(['a', 'i', 'me', 'we', 'be', 'he', 'is', 'am']);

export const ENGLISH_WORDS: ReadonlySet<string> = new Set(ENGLISH_TEXT.split(/\s+/).filter((w) => w && !AMBIGUOUS.has(w)));
export const ACRONYMS: ReadonlySet<string> = new Set(ACRONYMS_TEXT.split(/\s+/).filter(Boolean));

/** Frequent Bijoy words made of letters only (no mark to give them away), exactly as typed. */
export const BIJOY_WORDS: ReadonlySet<string> = new Set(
  'I Gi Ges Ki Kiv Kivi nq nB bq me mKj bs bvg bvgt Zvi'
    .split(' ')
    .concat(
      'GK KZ GB IB hv Zv bv wK ev Kg Ab¨ mgq ZvwiL Awdm Awdmvi mnKvix gvm mvj UvKv wd wdm dig gvbyl Rb RbM‡Yi'.split(' '),
      'gvbbxq mwPe mwPevjq g›Îbvjq wefvM Dc‡Rjv Avmb cÖwZ‡e`b Kvh©µg Z_¨ cÖhyw³ mKvj weKvj'.split(' '),
    ),
);
