//! Units of measure, currencies and percent words: what may follow (or, for money, precede)
//! a number. Tables first, then the lookups the number finder uses. Each lookup answers with a
//! canonical name (`km`, `USD`, `percent`) and a [`Dim`].

use crate::lexicon::{List, WordList, WordMap, Words};

/// What a unit measures. Two quantities of the same dimension written side by side
/// (`7 feet 10 inches`, `2 years and 3 months`) are read as one expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dim {
    Money,
    Percent,
    Length,
    Area,
    Volume,
    Mass,
    Temperature,
    Time,
    Speed,
    /// Energy, power, pressure, data, frequency and the other scientific units.
    Other,
}

/// The large tables below are kept column by column: each column of strings is one joined
/// [`List`] (as `words!` makes it), so a row costs its letters and its dimension, not eight
/// bytes of pointer and length for each string. The macros take the rows as tuples, so the
/// columns always line up; `iter` gives the rows back as tuples.
pub struct UnitWords {
    words: List,
    symbols: List,
    dims: &'static [Dim],
}

impl UnitWords {
    /// Each row: a unit word, its symbol and its dimension.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static str, Dim)> {
        self.words.iter().zip(self.symbols.iter()).zip(self.dims.iter().copied()).map(|((w, s), d)| (w, s, d))
    }
}

/// Rows of a word and a code: see [`UnitWords`].
pub struct Coded {
    words: List,
    codes: List,
}

impl Coded {
    /// Each row: a word and its code.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.words.iter().zip(self.codes.iter())
    }
}

/// Rows of a symbol and its dimension: see [`UnitWords`].
pub struct Dimmed {
    words: List,
    dims: &'static [Dim],
}

impl Dimmed {
    /// Each row: a symbol and its dimension.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Dim)> {
        self.words.iter().zip(self.dims.iter().copied())
    }
}

macro_rules! unit_words {
    ($(($w:literal, $s:literal, $d:expr)),* $(,)?) => {
        UnitWords { words: words![$($w),*], symbols: words![$($s),*], dims: &[$($d),*] }
    };
}

macro_rules! coded {
    ($(($w:literal, $c:literal)),* $(,)?) => {
        Coded { words: words![$($w),*], codes: words![$($c),*] }
    };
}

macro_rules! dimmed {
    ($(($w:literal, $d:expr)),* $(,)?) => {
        Dimmed { words: words![$($w),*], dims: &[$($d),*] }
    };
}

/// Currency symbols written before (and sometimes after) the amount. Ends with the symbols
/// of the currencies news reports in; `$` alone is read as USD.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₩", "KRW"),
    ("₽", "RUB"), ("₺", "TRY"), ("₪", "ILS"), ("₦", "NGN"), ("₱", "PHP"), ("฿", "THB"),
    ("₴", "UAH"), ("₫", "VND"), ("¢", "cents"),
];

/// Country prefixes glued to `$`: `US$5`, `HK$10`, `C$3`. Ends with the dollar currencies that
/// markets quote this way.
pub const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("US", "USD"), ("U.S.", "USD"), ("A", "AUD"), ("AU", "AUD"), ("C", "CAD"), ("CA", "CAD"),
    ("HK", "HKD"), ("NZ", "NZD"), ("S", "SGD"), ("NT", "TWD"), ("R", "BRL"), ("Mex", "MXN"),
];

/// Currency signs that are no ISO code, written glued to the amount: `R5 billion` (South
/// African rand), `Sh50 billion`, `KSh200` (Kenyan shillings). Ends with the currencies
/// whose press writes them so; `R` is believed only with a magnitude after it (`R2` and `R0`
/// are statistics, `R5` a road).
pub const GLUED_CURRENCY_PREFIXES: &[(&str, &str)] = &[("R", "ZAR"), ("Sh", "KES"), ("KSh", "KES"), ("Ksh", "KES")];

/// ISO 4217 codes (upper case, before or after the amount), plus `RMB`, `Rs` and `RM` which
/// news uses like codes. Ends with the currencies of the G20 and of the markets the test
/// suites quote; others are rare in English news.
pub const CURRENCY_CODES: crate::lexicon::List = words![
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD",
    "INR", "Rs", "PKR", "BDT", "LKR", "RUB", "UAH", "PLN", "CZK", "HUF", "RON", "BGN", "SEK",
    "NOK", "DKK", "ISK", "TRY", "ILS", "EGP", "LBP", "SAR", "QAR", "KWD", "AED", "BHD", "OMR",
    "JOD", "IRR", "IQD", "MYR", "RM", "IDR", "THB", "PHP", "VND", "KRW", "MNT", "ZAR", "NGN",
    "KES", "GHS", "ETB", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "BTC",
];

/// Currency names written after the amount (`5 euros`, `50 cents`), any case, with the code
/// they stand for. Ends with the currencies English news names in words; `pound(s)` is here
/// and among the weights, and reads as money.
pub const CURRENCY_WORDS: Coded = coded![
    ("dollar", "USD"), ("dollars", "USD"), ("buck", "USD"), ("bucks", "USD"), ("grand", "USD"),
    ("cent", "cents"), ("cents", "cents"), ("c", "cents"), ("penny", "pence"), ("pennies", "pence"),
    ("pence", "pence"), ("p", "pence"), ("dime", "cents"), ("dimes", "cents"), ("nickel", "cents"),
    ("nickels", "cents"),
    ("euro", "EUR"), ("euros", "EUR"), ("pound", "GBP"), ("pounds", "GBP"), ("sterling", "GBP"),
    ("quid", "GBP"), ("yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"), ("rupee", "INR"),
    ("rupees", "INR"), ("rupiah", "IDR"), ("ruble", "RUB"), ("rubles", "RUB"), ("rouble", "RUB"),
    ("roubles", "RUB"), ("hryvnia", "UAH"), ("hryvnias", "UAH"), ("hryvnas", "UAH"), ("kopiyka", "UAH"),
    ("kopiykas", "UAH"), ("franc", "CHF"), ("francs", "CHF"), ("krona", "SEK"), ("kronor", "SEK"),
    ("krone", "NOK"), ("kroner", "NOK"), ("zloty", "PLN"), ("zlotys", "PLN"), ("zlotych", "PLN"),
    ("forint", "HUF"), ("forints", "HUF"), ("lira", "TRY"), ("liras", "TRY"), ("lire", "TRY"),
    ("shekel", "ILS"), ("shekels", "ILS"), ("dinar", "KWD"), ("dinars", "KWD"), ("dirham", "AED"),
    ("dirhams", "AED"), ("riyal", "SAR"), ("riyals", "SAR"), ("rial", "IRR"), ("rials", "IRR"),
    ("ringgit", "MYR"), ("ringgits", "MYR"), ("sen", "sen"), ("sens", "sen"), ("baht", "THB"),
    ("won", "KRW"), ("peso", "MXN"), ("pesos", "MXN"), ("real", "BRL"), ("reais", "BRL"),
    ("rand", "ZAR"), ("naira", "NGN"), ("shilling", "KES"), ("shillings", "KES"), ("cedi", "GHS"),
    ("cedis", "GHS"), ("birr", "ETB"), ("taka", "BDT"), ("tugrik", "MNT"), ("tugriks", "MNT"),
    ("markka", "FIM"), ("markkaa", "FIM"), ("guilder", "NLG"), ("guilders", "NLG"), ("marks", "DEM"),
    ("deutschmarks", "DEM"), ("bitcoin", "BTC"), ("bitcoins", "BTC"), ("元", "CNY"), ("円", "JPY"),
    ("rmb", "CNY"), ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"),
];

/// Words that qualify a currency name (`Australian dollars`, `Hong Kong dollars`, `US dollar`).
/// Ends with the issuers of the currencies above.
pub const CURRENCY_QUALIFIERS: crate::lexicon::List = words![
    "us", "u.s.", "american", "australian", "canadian", "hong", "kong", "new", "zealand",
    "singapore", "singaporean", "taiwan", "taiwanese", "swiss", "japanese", "chinese", "indian",
    "pakistani", "dutch", "finnish", "german", "french", "mexican", "brazilian", "argentine",
    "south", "african", "saudi", "kuwaiti", "egyptian", "lebanese", "qatari", "jordanian",
    "iraqi", "iranian", "malaysia", "malaysian", "russian", "turkish", "swedish", "norwegian",
    "danish", "polish", "israeli", "nigerian", "kenyan", "philippine", "thai", "korean",
    "jamaican", "barbados", "fijian", "zimbabwean", "ukrainian", "emirati", "uae",
    "syrian", "sudanese", "sri", "lankan", "nepalese", "nepali", "chilean", "colombian",
    "omani", "bahraini", "british", "korean",
];

/// The currency that a qualifier makes of a currency word's usual one: (qualifier words as
/// written, lower case; the word's usual code; the qualified code). `Canadian dollars` are
/// CAD, not the USD of `dollars`; a qualifier not listed here keeps the usual code
/// (`Japanese yen`).
const QUALIFIED_CURRENCIES: &[(&str, &str, &str)] = &[
    ("australian", "USD", "AUD"), ("canadian", "USD", "CAD"), ("hong kong", "USD", "HKD"),
    ("new zealand", "USD", "NZD"), ("singapore", "USD", "SGD"), ("singaporean", "USD", "SGD"),
    ("taiwan", "USD", "TWD"), ("taiwanese", "USD", "TWD"), ("new taiwan", "USD", "TWD"),
    ("jamaican", "USD", "JMD"), ("barbados", "USD", "BBD"), ("fijian", "USD", "FJD"),
    ("zimbabwean", "USD", "ZWL"),
    ("egyptian", "GBP", "EGP"), ("lebanese", "GBP", "LBP"), ("syrian", "GBP", "SYP"),
    ("sudanese", "GBP", "SDG"),
    ("pakistani", "INR", "PKR"), ("sri lankan", "INR", "LKR"), ("nepalese", "INR", "NPR"),
    ("nepali", "INR", "NPR"),
    ("argentine", "MXN", "ARS"), ("philippine", "MXN", "PHP"), ("chilean", "MXN", "CLP"),
    ("colombian", "MXN", "COP"),
    ("qatari", "SAR", "QAR"), ("omani", "IRR", "OMR"),
    ("iraqi", "KWD", "IQD"), ("jordanian", "KWD", "JOD"), ("bahraini", "KWD", "BHD"),
    ("danish", "NOK", "DKK"),
];

/// The code of a currency word after its qualifier (`hong kong`, `egyptian`): see
/// [`QUALIFIED_CURRENCIES`].
pub fn qualified_currency(qualifier: &str, code: &'static str) -> &'static str {
    QUALIFIED_CURRENCIES.iter().find(|&&(q, c, _)| q == qualifier && c == code).map_or(code, |&(_, _, x)| x)
}

/// Percent words after a number. Multi-word forms are matched as a sequence of lower-cased
/// tokens; longest first. Ends with `basis points` and `bp` (a hundredth of a percentage
/// point) and the British press's `pc` (`15pc`), which the number finder takes in lower case
/// only, and `pc` only glued to the number: `12,000 BP` is before present, `3 pc` a parsec.
pub const PERCENT_WORDS: &[&[&str]] = &[
    &["percentage", "points"], &["percentage", "point"], &["per", "cent"], &["basis", "points"],
    &["basis", "point"], &["percent"], &["percents"], &["percentage"], &["pct"], &["%"], &["‰"],
    &["bps"], &["bp"], &["pc"],
];

/// The unit of a percent word (the first of [`PERCENT_WORDS`]' phrase): `bp` for basis points,
/// which keep their own scale as every other unit does (`50 basis points` is 50 bp, not 0.5
/// percent); `percent` for the rest, percentage points included, which are on the scale of a
/// percent.
pub fn percent_unit(first: &str) -> &'static str {
    if matches!(first, "basis" | "bp" | "bps") { "bp" } else { "percent" }
}

/// Units written as words, any case, with canonical symbol and dimension. Singular and
/// plural, British and American spellings. Ends with the units general and scientific news
/// uses; time words are here so that `three days` reads as a duration.
pub const UNIT_WORDS: UnitWords = unit_words![
    ("metre", "m", Dim::Length), ("metres", "m", Dim::Length), ("meter", "m", Dim::Length),
    ("meters", "m", Dim::Length), ("kilometre", "km", Dim::Length), ("kilometres", "km", Dim::Length),
    ("kilometer", "km", Dim::Length), ("kilometers", "km", Dim::Length), ("kms", "km", Dim::Length),
    ("centimetre", "cm", Dim::Length), ("centimetres", "cm", Dim::Length),
    ("centimeter", "cm", Dim::Length), ("centimeters", "cm", Dim::Length),
    ("millimetre", "mm", Dim::Length), ("millimetres", "mm", Dim::Length),
    ("millimeter", "mm", Dim::Length), ("millimeters", "mm", Dim::Length),
    ("micrometre", "μm", Dim::Length), ("micrometres", "μm", Dim::Length), ("micrometer", "μm", Dim::Length),
    ("micrometers", "μm", Dim::Length), ("micron", "μm", Dim::Length), ("microns", "μm", Dim::Length),
    ("nanometre", "nm", Dim::Length), ("nanometres", "nm", Dim::Length), ("nanometer", "nm", Dim::Length),
    ("nanometers", "nm", Dim::Length),
    ("mile", "mi", Dim::Length), ("miles", "mi", Dim::Length), ("foot", "ft", Dim::Length),
    ("feet", "ft", Dim::Length), ("inch", "in", Dim::Length), ("inches", "in", Dim::Length),
    ("yard", "yd", Dim::Length), ("yards", "yd", Dim::Length), ("yds", "yd", Dim::Length),
    ("yd", "yd", Dim::Length), ("kilometre-long", "km", Dim::Length),
    ("gram", "g", Dim::Mass), ("grams", "g", Dim::Mass), ("gramme", "g", Dim::Mass),
    ("grammes", "g", Dim::Mass), ("gs", "g", Dim::Mass), ("kilogram", "kg", Dim::Mass),
    ("kilograms", "kg", Dim::Mass), ("kilogramme", "kg", Dim::Mass), ("kilogrammes", "kg", Dim::Mass),
    ("kilo", "kg", Dim::Mass), ("kilos", "kg", Dim::Mass), ("milligram", "mg", Dim::Mass),
    ("milligrams", "mg", Dim::Mass), ("milligramme", "mg", Dim::Mass), ("milligrammes", "mg", Dim::Mass),
    ("microgram", "μg", Dim::Mass), ("micrograms", "μg", Dim::Mass), ("microgramme", "μg", Dim::Mass),
    ("microgrammes", "μg", Dim::Mass), ("tonne", "t", Dim::Mass), ("tonnes", "t", Dim::Mass),
    ("ton", "t", Dim::Mass), ("tons", "t", Dim::Mass), ("ounce", "oz", Dim::Mass),
    ("ounces", "oz", Dim::Mass), ("pound", "lb", Dim::Mass), ("pounds", "lb", Dim::Mass), ("lb", "lb", Dim::Mass), ("lbs", "lb", Dim::Mass),
    ("stone", "st", Dim::Mass), ("carat", "ct", Dim::Mass), ("carats", "ct", Dim::Mass),
    ("litre", "l", Dim::Volume), ("litres", "l", Dim::Volume), ("liter", "l", Dim::Volume),
    ("liters", "l", Dim::Volume), ("millilitre", "ml", Dim::Volume), ("millilitres", "ml", Dim::Volume),
    ("milliliter", "ml", Dim::Volume), ("milliliters", "ml", Dim::Volume), ("mls", "ml", Dim::Volume),
    ("hectolitre", "hl", Dim::Volume), ("hectolitres", "hl", Dim::Volume), ("hectoliter", "hl", Dim::Volume),
    ("hectoliters", "hl", Dim::Volume), ("gallon", "gal", Dim::Volume), ("gallons", "gal", Dim::Volume),
    ("gals", "gal", Dim::Volume), ("barrel", "bbl", Dim::Volume), ("barrels", "bbl", Dim::Volume),
    ("cup", "cup", Dim::Volume), ("cups", "cup", Dim::Volume), ("pint", "pt", Dim::Volume),
    ("pints", "pt", Dim::Volume), ("quart", "qt", Dim::Volume), ("quarts", "qt", Dim::Volume),
    ("tablespoon", "tbsp", Dim::Volume), ("tablespoons", "tbsp", Dim::Volume), ("tbsp", "tbsp", Dim::Volume),
    ("teaspoon", "tsp", Dim::Volume), ("teaspoons", "tsp", Dim::Volume), ("tsp", "tsp", Dim::Volume),
    ("acre", "acre", Dim::Area), ("acres", "acre", Dim::Area), ("hectare", "ha", Dim::Area),
    ("hectares", "ha", Dim::Area),
    ("degree", "°", Dim::Temperature), ("degrees", "°", Dim::Temperature), ("deg", "°", Dim::Temperature),
    ("celsius", "°C", Dim::Temperature), ("centigrade", "°C", Dim::Temperature),
    ("centigrate", "°C", Dim::Temperature), ("fahrenheit", "°F", Dim::Temperature),
    ("farenheit", "°F", Dim::Temperature), ("kelvin", "K", Dim::Temperature),
    ("celcius", "°C", Dim::Temperature), ("picometre", "pm", Dim::Length), ("picometres", "pm", Dim::Length),
    ("picometer", "pm", Dim::Length), ("picometers", "pm", Dim::Length), ("decimetre", "dm", Dim::Length),
    ("decimetres", "dm", Dim::Length), ("decimeter", "dm", Dim::Length), ("decimeters", "dm", Dim::Length),
    ("kibibyte", "KiB", Dim::Other), ("kibibytes", "KiB", Dim::Other), ("mebibyte", "MiB", Dim::Other),
    ("mebibytes", "MiB", Dim::Other), ("gibibyte", "GiB", Dim::Other), ("gibibytes", "GiB", Dim::Other),
    ("kilobyte", "kB", Dim::Other), ("megabyte", "MB", Dim::Other), ("gigabyte", "GB", Dim::Other),
    ("terabyte", "TB", Dim::Other),
    ("knot", "kn", Dim::Speed), ("knots", "kn", Dim::Speed), ("mph", "mph", Dim::Speed),
    ("kph", "km/h", Dim::Speed), ("kmph", "km/h", Dim::Speed),
    ("watt", "W", Dim::Other), ("watts", "W", Dim::Other), ("kilowatt", "kW", Dim::Other),
    ("kilowatts", "kW", Dim::Other), ("megawatt", "MW", Dim::Other), ("megawatts", "MW", Dim::Other),
    ("gigawatt", "GW", Dim::Other), ("gigawatts", "GW", Dim::Other), ("kilowatt-hour", "kWh", Dim::Other),
    ("kilowatt-hours", "kWh", Dim::Other), ("megawatt-hours", "MWh", Dim::Other), ("volt", "V", Dim::Other),
    ("volts", "V", Dim::Other), ("joule", "J", Dim::Other), ("joules", "J", Dim::Other),
    ("calorie", "cal", Dim::Other), ("calories", "cal", Dim::Other), ("kilocalories", "kcal", Dim::Other),
    ("hertz", "Hz", Dim::Other), ("megahertz", "MHz", Dim::Other), ("gigahertz", "GHz", Dim::Other),
    ("byte", "B", Dim::Other), ("bytes", "B", Dim::Other), ("kilobytes", "kB", Dim::Other),
    ("megabytes", "MB", Dim::Other), ("gigabytes", "GB", Dim::Other), ("terabytes", "TB", Dim::Other),
    ("bit", "bit", Dim::Other), ("bits", "bit", Dim::Other), ("megapixels", "MP", Dim::Other),
    ("decibels", "dB", Dim::Other), ("magnitude", "magnitude", Dim::Other),
    ("second", "s", Dim::Time), ("seconds", "s", Dim::Time), ("sec", "s", Dim::Time),
    ("secs", "s", Dim::Time), ("minute", "min", Dim::Time), ("minutes", "min", Dim::Time),
    ("min", "min", Dim::Time), ("mins", "min", Dim::Time), ("hour", "h", Dim::Time),
    ("hours", "h", Dim::Time), ("hr", "h", Dim::Time), ("hrs", "h", Dim::Time),
    ("day", "day", Dim::Time), ("days", "day", Dim::Time), ("week", "week", Dim::Time),
    ("weeks", "week", Dim::Time), ("wk", "week", Dim::Time), ("wks", "week", Dim::Time),
    ("fortnight", "fortnight", Dim::Time), ("fortnights", "fortnight", Dim::Time),
    ("month", "month", Dim::Time), ("months", "month", Dim::Time), ("mo", "month", Dim::Time),
    ("mos", "month", Dim::Time), ("year", "year", Dim::Time), ("years", "year", Dim::Time),
    ("yr", "year", Dim::Time), ("yrs", "year", Dim::Time), ("decade", "decade", Dim::Time),
    ("decades", "decade", Dim::Time), ("century", "century", Dim::Time),
    ("centuries", "century", Dim::Time), ("millennium", "millennium", Dim::Time),
    ("millennia", "millennium", Dim::Time), ("quarters", "quarter", Dim::Time),
    ("weekends", "weekend", Dim::Time), ("nights", "night", Dim::Time),
];

/// Unit symbols, case-sensitive, as written after a number (`12 km`, `5kg`, `3.5 GHz`),
/// with an optional exponent (`km2`, `m²`, `s-1`). Ends with the symbols that the SI, the
/// imperial system and data sizes use in news and science writing; single letters that are
/// also words (`a`, `I`) are left out.
pub const UNIT_SYMBOLS: Dimmed = dimmed![
    ("m", Dim::Length), ("km", Dim::Length), ("cm", Dim::Length), ("mm", Dim::Length),
    ("μm", Dim::Length), ("µm", Dim::Length), ("um", Dim::Length), ("nm", Dim::Length),
    ("pm", Dim::Length), ("Å", Dim::Length), ("mi", Dim::Length), ("ft", Dim::Length),
    ("yd", Dim::Length), ("nmi", Dim::Length), ("AU", Dim::Length), ("ly", Dim::Length),
    ("pc", Dim::Length), ("kpc", Dim::Length), ("Mpc", Dim::Length),
    ("kg", Dim::Mass), ("g", Dim::Mass), ("mg", Dim::Mass), ("μg", Dim::Mass), ("µg", Dim::Mass),
    ("ug", Dim::Mass), ("mcg", Dim::Mass), ("ng", Dim::Mass), ("t", Dim::Mass), ("kt", Dim::Mass),
    ("Mt", Dim::Mass), ("Gt", Dim::Mass), ("lb", Dim::Mass), ("lbs", Dim::Mass), ("oz", Dim::Mass),
    ("l", Dim::Volume), ("L", Dim::Volume), ("ml", Dim::Volume), ("mL", Dim::Volume),
    ("cl", Dim::Volume), ("dl", Dim::Volume), ("dm", Dim::Length), ("KiB", Dim::Other), ("MiB", Dim::Other), ("GiB", Dim::Other), ("hl", Dim::Volume), ("μl", Dim::Volume),
    ("µl", Dim::Volume), ("μL", Dim::Volume), ("gal", Dim::Volume), ("bbl", Dim::Volume),
    ("cc", Dim::Volume), ("ha", Dim::Area),
    ("mph", Dim::Speed), ("kph", Dim::Speed), ("kmph", Dim::Speed), ("kmh", Dim::Speed),
    ("kn", Dim::Speed), ("kt", Dim::Speed), ("rpm", Dim::Speed),
    ("s", Dim::Time), ("ms", Dim::Time), ("μs", Dim::Time), ("µs", Dim::Time), ("ns", Dim::Time),
    ("min", Dim::Time), ("h", Dim::Time), ("hr", Dim::Time), ("d", Dim::Time), ("yr", Dim::Time),
    ("Ma", Dim::Time), ("Ga", Dim::Time), ("ka", Dim::Time), ("kyr", Dim::Time),
    ("Myr", Dim::Time), ("Gyr", Dim::Time), ("BP", Dim::Time), ("Byr", Dim::Time),
    ("Hz", Dim::Other), ("kHz", Dim::Other), ("MHz", Dim::Other), ("GHz", Dim::Other),
    ("THz", Dim::Other), ("W", Dim::Other), ("mW", Dim::Other), ("kW", Dim::Other),
    ("MW", Dim::Other), ("GW", Dim::Other), ("TW", Dim::Other), ("Wh", Dim::Other),
    ("kWh", Dim::Other), ("MWh", Dim::Other), ("GWh", Dim::Other), ("TWh", Dim::Other),
    ("V", Dim::Other), ("mV", Dim::Other), ("kV", Dim::Other), ("A", Dim::Other),
    ("mA", Dim::Other), ("μA", Dim::Other), ("J", Dim::Other), ("kJ", Dim::Other),
    ("MJ", Dim::Other), ("GJ", Dim::Other), ("nJ", Dim::Other), ("eV", Dim::Other),
    ("keV", Dim::Other), ("MeV", Dim::Other), ("GeV", Dim::Other), ("TeV", Dim::Other),
    ("Pa", Dim::Other), ("kPa", Dim::Other), ("MPa", Dim::Other), ("GPa", Dim::Other),
    ("hPa", Dim::Other), ("bar", Dim::Other), ("mbar", Dim::Other), ("μbar", Dim::Other),
    ("nbar", Dim::Other), ("atm", Dim::Other), ("Torr", Dim::Other), ("torr", Dim::Other),
    ("mol", Dim::Other), ("mmol", Dim::Other), ("μmol", Dim::Other), ("mM", Dim::Other),
    ("μM", Dim::Other), ("nM", Dim::Other), ("kB", Dim::Other), ("KB", Dim::Other),
    ("MB", Dim::Other), ("GB", Dim::Other), ("TB", Dim::Other), ("PB", Dim::Other),
    ("Kb", Dim::Other), ("Mb", Dim::Other), ("Gb", Dim::Other), ("kbps", Dim::Other),
    ("Mbps", Dim::Other), ("Gbps", Dim::Other), ("dB", Dim::Other), ("ppm", Dim::Other),
    ("ppb", Dim::Other), ("ppt", Dim::Other), ("Gy", Dim::Other), ("mGy", Dim::Other),
    ("Sv", Dim::Other), ("mSv", Dim::Other), ("μSv", Dim::Other), ("Bq", Dim::Other),
    ("cal", Dim::Other), ("kcal", Dim::Other), ("N", Dim::Other), ("kN", Dim::Other),
    ("Nm", Dim::Other), ("mT", Dim::Other), ("nT", Dim::Other), ("K", Dim::Temperature),
    ("C", Dim::Temperature), ("F", Dim::Temperature), ("MP", Dim::Other), ("fb", Dim::Other),
    ("Js", Dim::Other), ("U", Dim::Other), ("IU", Dim::Other), ("rad", Dim::Other),
    ("sr", Dim::Other), ("lm", Dim::Other), ("lx", Dim::Other), ("cd", Dim::Other),
    ("wt", Dim::Percent), ("vol", Dim::Percent), ("pH", Dim::Other), ("Ω", Dim::Other),
    ("kΩ", Dim::Other), ("MΩ", Dim::Other), ("ohm", Dim::Other), ("ohms", Dim::Other),
    // Astronomy: planetary, Jupiter, Earth and Saturn radii and masses; kilorayleighs.
    ("Rp", Dim::Length), ("RJ", Dim::Length), ("RE", Dim::Length), ("RS", Dim::Length),
    ("MJ", Dim::Mass), ("ME", Dim::Mass), ("kR", Dim::Other), ("MR", Dim::Other),
    // Imperial shorthand glued to the number: 5ft 11in, 14st 2lb.
    ("in", Dim::Length), ("st", Dim::Mass),
];

/// Qualifiers before a unit word: `square kilometres`, `cubic metres`, `metric tons`,
/// `nautical miles`, `light years`.
pub const UNIT_QUALIFIERS: &[(&str, Option<Dim>)] = &[
    ("square", Some(Dim::Area)), ("sq", Some(Dim::Area)), ("cubic", Some(Dim::Volume)),
    ("cu", Some(Dim::Volume)), ("metric", None), ("short", None), ("long", None),
    ("nautical", None), ("light", None), ("fluid", None), ("imperial", None), ("us", None),
];

/// A table as a hash map: each key (ASCII-lower-cased when `fold`) to the value of its first
/// entry, so a lookup answers as the first match of a scan would. The finders ask these
/// tables about nearly every word, and the unit table has a hundred rows.
type Map<V> = WordMap<V>;

fn map_of<V: Copy>(entries: impl Iterator<Item = (&'static str, V)>, fold: bool) -> Map<V> {
    let mut map = Map::new(Words::default());
    for (k, v) in entries {
        let key = if fold { k.to_ascii_lowercase() } else { k.to_string() };
        map.entry(key.as_bytes(), || v); // the first entry of a key wins
    }
    map
}

/// Every unit word, currency word and unit symbol, in ASCII lower case: a token that is none
/// of these is turned away with one AND of its classes, before any lookup in the tables. Its
/// words are added from [`amount_word_keys`] when the classes are built.
pub(crate) static AMOUNT_WORDS: WordList = WordList::new(45, words![]);

/// The words of [`AMOUNT_WORDS`].
pub(crate) fn amount_word_keys() -> Vec<Vec<u8>> {
    let words = UNIT_WORDS.iter().map(|(k, _, _)| k).chain(CURRENCY_WORDS.iter().map(|(k, _)| k)).map(str::to_ascii_lowercase);
    let symbols = UNIT_SYMBOLS.iter().map(|(k, _)| k.to_ascii_lowercase());
    words.chain(symbols).map(String::into_bytes).collect()
}

/// Looks `w` up in `map` (from [`map_of`] with `fold`), lower-casing it first in a stack buffer.
fn get<V: Copy>(map: &'static std::thread::LocalKey<Map<V>>, w: &str, fold: bool) -> Option<V> {
    const MAX: usize = 48; // longer than any key
    if w.len() > MAX {
        return None;
    }
    let mut buf = [0u8; MAX];
    let key = &mut buf[..w.len()];
    key.copy_from_slice(w.as_bytes());
    if fold {
        key.make_ascii_lowercase();
    }
    map.with(|m| m.get(key).copied())
}

thread_local! {
    static CURRENCY_WORD_MAP: Map<&'static str> = map_of(CURRENCY_WORDS.iter(), true);
    static CURRENCY_CODE_MAP: Map<&'static str> = map_of(CURRENCY_CODES.iter().map(|c| (c, c)), false);
    static UNIT_WORD_MAP: Map<(&'static str, Dim)> = map_of(UNIT_WORDS.iter().map(|(k, c, d)| (k, (c, d))), true);
    static UNIT_SYMBOL_MAP: Map<(&'static str, Dim)> = map_of(UNIT_SYMBOLS.iter().map(|(k, d)| (k, (k, d))), false);
    static UNIT_QUALIFIER_MAP: Map<Option<Dim>> = map_of(UNIT_QUALIFIERS.iter().copied(), true);
}

fn find<'a, T: Copy>(table: &'a [(&'a str, T)], w: &str, case: bool) -> Option<T> {
    table.iter().find(|(k, _)| if case { *k == w } else { k.eq_ignore_ascii_case(w) }).map(|&(_, v)| v)
}

/// A currency symbol (`$`, `€`).
pub fn currency_symbol(w: &str) -> Option<&'static str> {
    find(CURRENCY_SYMBOLS, w, true)
}

/// A currency code (`EUR`, `USD`) as written, upper case (`Rs`, `RM` as listed).
pub fn currency_code(w: &str) -> Option<&'static str> {
    // Every code starts with a capital: most words are turned away without a lookup.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    get(&CURRENCY_CODE_MAP, w, false)
}

/// A currency name (`euros`, `dollar`), any case; `None` for the one-letter abbreviations,
/// which only count glued to the amount (see [`currency_abbreviation`]).
pub fn currency_word(w: &str) -> Option<&'static str> {
    if w.len() == 1 {
        return None;
    }
    get(&CURRENCY_WORD_MAP, w, true)
}

/// `c` and `p` glued to an amount (`10c`, `50p`).
pub fn currency_abbreviation(w: &str) -> Option<&'static str> {
    match w {
        "c" => Some("cents"),
        "p" => Some("pence"),
        _ => None,
    }
}

/// A unit word (`kilometres`, `days`), any case.
pub fn unit_word(w: &str) -> Option<(&'static str, Dim)> {
    get(&UNIT_WORD_MAP, w, true)
}

/// A unit symbol with an optional exponent glued on (`km`, `km2`, `m²`, `s-1`), and the
/// exponent-free symbol.
pub fn unit_symbol(w: &str) -> Option<(&'static str, Dim)> {
    let base = w.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '²' | '³' | '-' | '−' | '⁻' | '¹'));
    let base = if base.is_empty() { w } else { base };
    get(&UNIT_SYMBOL_MAP, base, false).map(|(k, d)| {
        let d = match (d, &w[base.len()..]) {
            (Dim::Length, "2" | "²") => Dim::Area,
            (Dim::Length, "3" | "³") => Dim::Volume,
            _ => d,
        };
        (k, d)
    })
}

/// A unit qualifier (`square`, `metric`).
pub fn unit_qualifier(w: &str) -> Option<Option<Dim>> {
    get(&UNIT_QUALIFIER_MAP, w, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The maps answer as the first match of a scan of the tables did, for every key in every
    /// case and a few near misses.
    #[test]
    fn maps_answer_as_the_tables() {
        let mut words: Vec<String> = Vec::new();
        for k in UNIT_WORDS.iter().map(|e| e.0).chain(UNIT_SYMBOLS.iter().map(|e| e.0)).chain(CURRENCY_WORDS.iter().map(|e| e.0)).chain(UNIT_QUALIFIERS.iter().map(|e| e.0)) {
            words.extend([k.to_string(), k.to_uppercase(), k.to_ascii_lowercase(), format!("{k}s"), format!("{k}2"), k[..k.len() - k.chars().last().map_or(0, char::len_utf8)].to_string()]);
        }
        for w in &words {
            assert_eq!(unit_word(w), UNIT_WORDS.iter().find(|(k, _, _)| k.eq_ignore_ascii_case(w)).map(|(_, c, d)| (c, d)), "{w}");
            assert_eq!(currency_word(w), if w.len() == 1 { None } else { CURRENCY_WORDS.iter().find(|(k, _)| k.eq_ignore_ascii_case(w)).map(|(_, c)| c) }, "{w}");
            assert_eq!(unit_qualifier(w), find(UNIT_QUALIFIERS, w, false), "{w}");
            let base = w.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '²' | '³' | '-' | '−' | '⁻' | '¹'));
            let base = if base.is_empty() { w.as_str() } else { base };
            assert_eq!(unit_symbol(w).map(|u| u.0), UNIT_SYMBOLS.iter().find(|(k, _)| *k == base).map(|e| e.0), "{w}");
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(unit_symbol("km2"), Some(("km", Dim::Area)));
        assert_eq!(unit_symbol("m²"), Some(("m", Dim::Area)));
        assert_eq!(unit_symbol("s-1"), Some(("s", Dim::Time)));
        assert_eq!(unit_symbol("Km"), None);
        assert_eq!(unit_word("Kilometres"), Some(("km", Dim::Length)));
        assert_eq!(currency_word("Euros"), Some("EUR"));
        assert_eq!(currency_word("c"), None);
        assert_eq!(currency_code("EUR"), Some("EUR"));
        for c in CURRENCY_CODES.iter() {
            assert_eq!(currency_code(c), Some(c));
        }
        assert_eq!(currency_code("Eur"), None);
        assert_eq!(currency_code("eur"), None);
    }
}
