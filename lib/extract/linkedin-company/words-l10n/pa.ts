/** Punjabi (pa): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const pa = `
ਵੈੱਬਸਾਈਟ
ਉਦਯੋਗ
ਕੰਪਨੀ ਦਾ ਆਕਾਰ
ਮੁੱਖ ਦਫ਼ਤਰ
ਸਥਾਪਨਾ
ਕਿਸਮ
ਵਿਸ਼ੇਸ਼ਤਾਵਾਂ
ਫਾਲੋਅਰ
ਕਰਮਚਾਰੀ
ਮੈਂਬਰ
ਨੌਕਰੀਆਂ
ਬਾਰੇ
ਫੰਡਿੰਗ
ਨਿੱਜੀ ਮਲਕੀਅਤ
ਪਬਲਿਕ ਕੰਪਨੀ







`;
