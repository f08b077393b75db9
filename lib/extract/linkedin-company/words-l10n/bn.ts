/** Bengali (bn): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const bn = `
ওয়েবসাইট
শিল্প
কোম্পানির আকার
সদর দপ্তর
প্রতিষ্ঠিত
ধরন
বিশেষত্ব
অনুসরণকারী
কর্মচারী
সদস্য
চাকরি
সম্পর্কে
তহবিল
ব্যক্তিগত মালিকানাধীন
পাবলিক কোম্পানি







`;
