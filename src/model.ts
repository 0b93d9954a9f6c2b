// The types that flow between the stages: ingest → extract → records → digest → templates.
// Runtime validation of data that crosses a boundary lives beside the code that reads it
// (front matter in src/ingest, records read back in src/records, the people and topics files
// in src/digest) and must stay in step with these types.

/** How a named person relates to the meeting an article reports. */
export type Role = "participant" | "attendee" | "mentioned";
export const ROLES: readonly Role[] = ["participant", "attendee", "mentioned"];

/** A stretch of the article text a value was read from, so a reader can check it. */
export interface Evidence {
  /** The words as the article has them (usually the whole sentence). */
  text: string;
  /** Offsets into SourceArticle.text: [start, end). */
  start: number;
  end: number;
}

export interface Official {
  /** Full name at its fullest as written, honorifics stripped. */
  name: string;
  /** Office as the article gives it, at its fullest; null when none is given. */
  title: string | null;
  organization: string | null;
  country: string | null;
  role: Role;
  /** The sentence that names the person (with their office when the article gives one); null when added by hand. */
  evidence: Evidence | null;
}

/**
 * One meeting, call or audience an article reports. A joint session of several delegations is one
 * meeting. Names are those of the record's officials; two people "met" only when one meeting holds both.
 */
export interface RecordMeeting {
  /** The principals: those who met, received, called on, led a delegation or chaired. */
  participants: string[];
  /** Named people present who are not principals. */
  attendees: string[];
  date: string | null;
  /** City where it took place; null for a telephone or video call, or when the text does not say. */
  location: string | null;
  /** Country of that city. */
  country: string | null;
  /** A telephone or video call rather than a meeting in person. */
  call: boolean;
  evidence: { date: Evidence | null; location: Evidence | null };
}

/** Where the meeting date of a record came from, most trusted first. */
export type DateBasis =
  | "front-matter" // meeting_date: in the seed's front matter
  | "explicit" // "on 12 March 2025" in the text
  | "weekday" // "on Wednesday", resolved against the article date
  | "relative" // "yesterday", "today"
  | "article-date" // the article's own date, when the text gives no other cue
  | "none";

/** Fields a user may set in a seed's YAML front matter to correct the extractor. */
export interface OfficialOverride {
  name: string;
  title?: string | null;
  organization?: string | null;
  country?: string | null;
  role?: Role;
  /** true drops this person from the record (an extraction mistake). */
  remove?: boolean;
}

/** A meeting as a user writes it in front matter; the list replaces the extracted meetings. */
export interface MeetingOverride {
  participants: string[];
  attendees?: string[];
  /** Defaults to the record's date and location. */
  date?: string | null;
  location?: string | null;
  call?: boolean;
}

export interface FrontMatter {
  title?: string;
  /** The article's own (publication) date, as scrapers and blogs write it. */
  date?: string;
  /** The meeting date, when the user fixes it outright. Wins over everything. */
  meeting_date?: string | null;
  location?: string | null;
  /** Entries amend extracted officials by name; unknown names are added. */
  officials?: OfficialOverride[];
  /** Replaces the extracted meetings; names not among the officials are added as officials. */
  meetings?: MeetingOverride[];
  /** Replaces the extracted topics (labels or slugs of the taxonomy, or new labels). */
  topics?: string[];
  lang?: string;
  /** The address the article was published at (http or https). */
  source_url?: string | null;
  /** The newspaper, site or agency that published it. */
  outlet?: string | null;
}

/** One seed file after ingest: decoded, normalised, with its metadata separated from its text. */
export interface SourceArticle {
  /** Path relative to the seeds folder, with "/" separators. */
  source: string;
  /** sha256 (hex) of the file's bytes. */
  contentHash: string;
  /** Article text: NFC, "\n" line endings, front matter, header line, bylines and promo trailers removed. Dateline kept. */
  text: string;
  /** Headline from the front matter or a headline line, when the file has one. */
  headline: string | null;
  /** The article's own date (ISO YYYY-MM-DD) from a " date YYYY-MM-DD " header, a "Published:" line or front matter. */
  articleDate: string | null;
  /** The dateline as written at the start of the text ("ISLAMABAD", "KARACHI, March 3 (APP)"), or null. */
  dateline: string | null;
  /** The http(s) address the article was published at: front matter, or a URL line of the file. */
  sourceUrl: string | null;
  /** Who published it: front matter, the site of its address, or the agency its text names ("APP"). */
  outlet: string | null;
  /** Validated front-matter corrections. */
  frontMatter: FrontMatter;
  /** Problems found while reading, in words a user understands (file name added by the caller). */
  warnings: string[];
}

/** What ingest makes of one seed file: an article, or the reason it was skipped. */
export type IngestResult =
  | { kind: "article"; article: SourceArticle }
  | { kind: "skipped"; reason: string };

/** The typed, inspectable result of extracting one article. Written as a front-matter file. */
export interface ArticleRecord {
  /** Stable slug from the file name. */
  id: string;
  /** Path relative to the seeds folder. */
  source: string;
  contentHash: string;
  title: string;
  /** ISO date of the meeting, null when the text does not determine it. */
  date: string | null;
  dateBasis: DateBasis;
  articleDate: string | null;
  /** The http(s) address the article was published at, when known. */
  sourceUrl: string | null;
  /** The newspaper, site or agency that published it, when known. */
  outlet: string | null;
  location: string | null;
  /** Country of the location. */
  country: string | null;
  /** Everyone named, with the office the article gives them. */
  officials: Official[];
  /** The separate meetings the article reports, first-reported first; `date` and `location` above are the first one's. */
  meetings: RecordMeeting[];
  /** Topic labels from the taxonomy, most relevant first. */
  topics: string[];
  summary: string;
  /** Article text as Markdown, promo trailer removed. */
  body: string;
  /** BCP 47 language of the text ("en", "ur", ...) and its direction. */
  lang: string;
  dir: "ltr" | "rtl";
  warnings: string[];
}

// ---- digest: what the templates render --------------------------------------------------

export interface Topic {
  slug: string;
  label: string;
  keywords: string[];
}

/** A person as they appear at one meeting: the office held then. */
export interface MeetingPerson {
  personSlug: string;
  name: string;
  title: string | null;
  organization: string | null;
  country: string | null;
  role: Role;
  /** The sentence of the article that names the person at this meeting. */
  evidence: Evidence | null;
  /** The page of `organization` (src/digest/affiliations.ts), when it names one body. */
  organisationSlug?: string | null;
  /** The page of `country`, when it is known. */
  countrySlug?: string | null;
  /** The kind of office `title` names ("Minister", "Ambassador"), for search filters. */
  officeKind?: string | null;
}

/** One article that reports a meeting, as the meeting page cites it. */
export interface MeetingSource {
  id: string;
  /** Path of the seed file. */
  source: string;
  title: string;
  /** The newspaper, site or agency, when known. */
  outlet: string | null;
  /** The article's http(s) address, when known (checked: never another scheme). */
  url: string | null;
  /** The article's own (publication) date. */
  articleDate: string | null;
  /** How the page names it: the outlet, else the file. */
  label: string;
}

/** A fact the sources of one meeting give differently: each account with the sources that give it. */
export interface Disagreement {
  about: "date" | "place" | "office";
  /** For an office: whose. */
  person: string | null;
  /** `fromArticle`: a date that is only the article's own (its text names no day), the weakest account. */
  accounts: { value: string; sources: string[]; fromArticle?: boolean }[];
}

export interface Meeting {
  slug: string;
  title: string;
  date: string | null;
  location: string | null;
  country: string | null;
  /** A telephone or video call. */
  call: boolean;
  /** The words the date and the place were read from. */
  evidence: { date: Evidence | null; location: Evidence | null };
  participants: MeetingPerson[];
  attendees: MeetingPerson[];
  mentioned: MeetingPerson[];
  topics: Topic[];
  summary: string;
  /** Every article that reports this meeting, first the one whose text is shown. */
  sources: MeetingSource[];
  /** Where the sources differ: the date, the place, an office someone held. */
  disagreements: Disagreement[];
  /** Other meetings reported by the same article(s), in the order the article reports them. */
  related: { slug: string; title: string }[];
  body: string;
  lang: string;
  dir: "ltr" | "rtl";
  previous: { slug: string; title: string } | null;
  next: { slug: string; title: string } | null;
}

/** One office a person was reported in, with the span of dates it was seen. */
export interface OfficeHeld {
  title: string;
  organization: string | null;
  /** The page of `organization`, when it names one body. */
  organisationSlug?: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  meetings: number;
}

/**
 * Why two spellings were taken for one person (beyond case, accents and punctuation):
 * - people-file: the people file lists both;
 * - form-of-address: one has a form of address or prefix the other lacks ("Sheikh", "HRH Prince", "Dr");
 * - transliteration: another romanisation of the same name ("Mohammed"/"Muhammad", "Sergey"/"Sergei");
 * - word-breaks: the same letters in more or fewer words ("Ji-won"/"Jiwon", "Sana Ullah"/"Sanaullah");
 * - family-name-first: the same name with the family name at the other end ("TANAKA Hiroko"/"Hiroko Tanaka");
 * - short-form: a shorter form of a longer name that fits no one else ("Nawaf bin Saad" of "Nawaf bin Saad bin Musaed").
 */
export type MergeRule = "people-file" | "form-of-address" | "transliteration" | "word-breaks" | "family-name-first" | "short-form";

/** One spelling joined to a person, with the spelling it was matched with and the articles of both. */
export interface SpellingMerge {
  spelling: string;
  matched: string;
  rules: MergeRule[];
  /** Articles (source paths) that write `spelling`. */
  articles: string[];
  /** Articles that write `matched`. */
  matchedArticles: string[];
}

/**
 * Two spellings a rule would have joined, kept apart by counter-evidence:
 * - named-together: one article names both;
 * - different-countries: they are given different countries;
 * - different-offices: they held different offices on the same day;
 * - people-file: the people file keeps them apart (keep_apart, or two entries);
 * - ambiguous: a short form fits several people, so it joins none.
 */
export type KeptApartReason = "named-together" | "different-countries" | "different-offices" | "people-file" | "ambiguous";

export interface KeptApart {
  spelling: string;
  /** The spelling(s) it was compared with. */
  others: string[];
  rule: MergeRule;
  reason: KeptApartReason;
  /** In words: the article, the countries or the offices that tell them apart. */
  detail: string;
}

export interface Person {
  slug: string;
  name: string;
  /** Other spellings seen in the articles or given in the people file. */
  aliases: string[];
  /** How each spelling other than `name` (beyond case and accents) was joined to this person. */
  merges: SpellingMerge[];
  /** PersonRoleHistory: offices in order of first appearance. */
  offices: OfficeHeld[];
  latestOffice: string | null;
  /** Meeting slugs in time order, undated last. */
  meetings: string[];
  /** Mentioned in, not present at. */
  mentionedIn: string[];
  met: { slug: string; name: string; count: number }[];
  topics: { slug: string; label: string; count: number }[];
  /** The country the person represents, when the records (or sound inference) say so. */
  country?: string | null;
  countrySlug?: string | null;
}

/** What kind of body an organisation is; decides its group on the organisations page. */
export type OrganisationKind =
  | "government"
  | "regulator"
  | "legislature"
  | "diplomatic"
  | "international"
  | "company"
  | "association"
  | "education"
  | "other";

export interface Counted {
  slug: string;
  name: string;
  count: number;
}

/** A body officials belong to: one page per body, its acronym and full name being one. */
export interface Organisation {
  slug: string;
  name: string;
  acronyms: string[];
  /** Other spellings the articles use for it. */
  otherNames: string[];
  kind: OrganisationKind;
  country: string | null;
  countrySlug: string | null;
  /** Its people, most meetings first, with the offices they held there. */
  people: { slug: string; name: string; offices: string[]; count: number }[];
  /** Meeting slugs in time order, undated last: meetings its people took part in or attended. */
  meetings: string[];
  /** Organisations its people met most often. */
  counterparts: Counted[];
  topics: { slug: string; label: string; count: number }[];
}

export interface Country {
  slug: string;
  name: string;
  /** Meetings with at least one official of this country present, in time order, undated last. */
  meetings: string[];
  people: Counted[];
  organisations: Counted[];
  /** Countries whose officials met officials of this one, most meetings first, with the pair page. */
  counterparts: (Counted & { pairSlug: string })[];
  topics: { slug: string; label: string; count: number }[];
}

/** Two countries whose officials met: every such meeting, and who met whom. */
export interface CountryPair {
  /** "pakistan/united-states": the two country slugs in code-point order. */
  slug: string;
  /** "Pakistan – United States" */
  name: string;
  a: { slug: string; name: string };
  b: { slug: string; name: string };
  /** Meeting slugs in time order, undated last. */
  meetings: string[];
  /** Officials of each side at these meetings, most meetings first. */
  peopleA: Counted[];
  peopleB: Counted[];
  /** Who met whom across the two sides, and how often. */
  links: { a: string; b: string; count: number }[];
}

export interface TimelineMonth {
  key: string; // "2024-05"
  label: string; // "May 2024"
  meetings: string[]; // meeting slugs, newest first
}

export interface TimelineYear {
  year: string;
  months: TimelineMonth[];
}

/** An address that is no longer a page, and the page that now holds what it held. */
export interface Redirect {
  kind: "person" | "meeting";
  /** Site paths: "/people/sadia-qureshi/" → "/people/sadia-rehman-qureshi/". */
  from: string;
  to: string;
  /** The name or title of the page it leads to. */
  title: string;
}

/** What each address of earlier builds was given to: a person's spelling keys, a meeting's report keys ("<source>#<n>"). */
export interface AddressBook {
  version: 1;
  people: Record<string, string[]>;
  meetings: Record<string, string[]>;
}

export interface Digest {
  meetings: Meeting[];
  people: Person[];
  /** Spellings a rule would have merged but counter-evidence kept apart. */
  keptApart: KeptApart[];
  /** Earlier addresses (from the address book) that now lead elsewhere. */
  redirects: Redirect[];
  /** The address book after this build, for the next one. */
  addresses: AddressBook;
  topics: (Topic & { meetings: string[] })[];
  timeline: { years: TimelineYear[]; undated: string[] };
  records: ArticleRecord[];
  organisations: Organisation[];
  countries: Country[];
  countryPairs: CountryPair[];
}

// ---- build report -------------------------------------------------------------------------

export type WarningLevel = "error" | "warning";

export interface BuildMessage {
  file: string;
  line?: number;
  level: WarningLevel;
  message: string;
}

export interface BuildReport {
  articles: number;
  meetings: number;
  people: number;
  topics: number;
  /** Files under the seeds folder that are not articles (other extensions, dot-files). */
  ignored: number;
  skipped: { file: string; reason: string }[];
  messages: BuildMessage[];
  /** Who is who, explained: every spelling joined beyond an exact spelling (with the person's slug), every merge refused. */
  identity: { merges: (SpellingMerge & { person: string })[]; keptApart: KeptApart[] };
  /** Earlier addresses that now lead elsewhere. */
  redirects: Redirect[];
}
