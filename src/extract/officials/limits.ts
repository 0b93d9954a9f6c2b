// Bounds on every look-ahead and look-back of the grammar. Each one keeps the work done from one
// token constant, so extraction time grows linearly with the text whatever the input ("H.E. H.E.
// ..." for pages, an office word twenty thousand times, one sentence the length of a book).
// Each bound is far above what an article writes.

/** Tokens of an office after its head: "Minister of Foreign Affairs, African Cooperation and ... of the Kingdom of ...". */
export const MAX_TITLE_TOKENS = 40;
/** Words before a head: "Acting Additional Chief Secretary", "Royal Thai Air Force Land Force". */
export const MAX_MODIFIERS = 12;
/** Tokens of forms of address before a name: "Pehin Orang Kaya Pekerma Dewa Dato Seri Setia Awang Haji". */
export const MAX_HONORIFIC_TOKENS = 24;
/** Characters either side of a mention in which role cues are read. */
export const ROLE_WINDOW = 600;
/** People whose names are compared with one mention before it is called ambiguous. */
export const MAX_NAME_CANDIDATES = 64;
