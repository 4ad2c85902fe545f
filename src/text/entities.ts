/**
 * Named HTML entities that occur in scraped market pages. Numeric entities (&#233; &#x20AC;) are
 * decoded arithmetically; an unknown name is left as text.
 */
export const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
  ['euro', '€'], ['pound', '£'], ['yen', '¥'], ['cent', '¢'], ['dollar', '$'], ['curren', '¤'],
  ['copy', '©'], ['reg', '®'], ['trade', '™'], ['deg', '°'], ['micro', 'µ'], ['middot', '·'],
  ['times', '×'], ['divide', '÷'], ['plusmn', '±'], ['frac12', '½'], ['frac14', '¼'], ['frac34', '¾'],
  ['ndash', '–'], ['mdash', '—'], ['hellip', '…'], ['bull', '•'], ['laquo', '«'], ['raquo', '»'],
  ['lsquo', '‘'], ['rsquo', '’'], ['ldquo', '“'], ['rdquo', '”'], ['sbquo', '‚'], ['bdquo', '„'],
  ['shy', '\u00ad'], ['zwj', '\u200d'], ['zwnj', '\u200c'], ['ensp', ' '], ['emsp', ' '], ['thinsp', ' '],
  ['aacute', 'á'], ['agrave', 'à'], ['acirc', 'â'], ['auml', 'ä'], ['atilde', 'ã'], ['aring', 'å'],
  ['eacute', 'é'], ['egrave', 'è'], ['ecirc', 'ê'], ['euml', 'ë'],
  ['iacute', 'í'], ['igrave', 'ì'], ['icirc', 'î'], ['iuml', 'ï'],
  ['oacute', 'ó'], ['ograve', 'ò'], ['ocirc', 'ô'], ['ouml', 'ö'], ['otilde', 'õ'], ['oslash', 'ø'],
  ['uacute', 'ú'], ['ugrave', 'ù'], ['ucirc', 'û'], ['uuml', 'ü'],
  ['ccedil', 'ç'], ['ntilde', 'ñ'], ['szlig', 'ß'], ['aelig', 'æ'], ['oelig', 'œ'], ['yuml', 'ÿ'],
  ['Aacute', 'Á'], ['Agrave', 'À'], ['Acirc', 'Â'], ['Auml', 'Ä'], ['Eacute', 'É'], ['Egrave', 'È'],
  ['Ecirc', 'Ê'], ['Euml', 'Ë'], ['Icirc', 'Î'], ['Iuml', 'Ï'], ['Ocirc', 'Ô'], ['Ouml', 'Ö'],
  ['Ucirc', 'Û'], ['Uuml', 'Ü'], ['Ccedil', 'Ç'], ['OElig', 'Œ'], ['AElig', 'Æ'],
]);
