//! Dates, date ranges, times and numbers per locale, by ICU4X with CLDR data. Formatters are
//! built once per language and reused for every page.

use icu::calendar::{Date, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::NoCalendarFormatter;
use icu::datetime::fieldsets::zone::SpecificLong;
use icu::datetime::fieldsets::{D, MD, T, YM, YMD, YMDT};
use icu::datetime::input::{DateTime, Time};
use icu::datetime::options::TimePrecision;
use icu::decimal::DecimalFormatter;
use icu::list::ListFormatter;
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::locale::Locale;

use crate::content::Moment;

/// The length of a formatted date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Long,
    Medium,
    Short,
    /// Month and year (`Oktober 2024`), for headings of lists grouped by month.
    Month,
}

impl Style {
    pub fn parse(s: &str) -> Option<Style> {
        match s {
            "long" => Some(Style::Long),
            "medium" => Some(Style::Medium),
            "short" => Some(Style::Short),
            "month" => Some(Style::Month),
            _ => None,
        }
    }

    /// The index of the formatter of this length (a month has one length only).
    fn index(self) -> usize {
        match self {
            Style::Month => 0,
            s => s as usize,
        }
    }
}

pub struct Formats {
    dates: [FixedCalendarDateTimeFormatter<Gregorian, YMD>; 3],
    date_times: [FixedCalendarDateTimeFormatter<Gregorian, YMDT>; 3],
    month_days: [FixedCalendarDateTimeFormatter<Gregorian, MD>; 3],
    day: FixedCalendarDateTimeFormatter<Gregorian, D>,
    time: FixedCalendarDateTimeFormatter<(), T>,
    numbers: Numbers,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    zone: NoCalendarFormatter<SpecificLong>,
    lists: [ListFormatter; 3],
}

/// The kind of a formatted list (CLDR list patterns).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListStyle {
    /// `Deutsch, Català und English`
    And,
    /// `Deutsch, Català oder English`
    Or,
    /// `3 Tage, 2 Stunden`
    Unit,
}

impl ListStyle {
    pub fn parse(s: &str) -> Option<ListStyle> {
        match s {
            "and" => Some(ListStyle::And),
            "or" => Some(ListStyle::Or),
            "unit" => Some(ListStyle::Unit),
            _ => None,
        }
    }
}

impl Formats {
    /// Formatters for `code`; ICU falls back along the locale chain (`de-AT` → `de` → root)
    /// for languages it has no data for.
    pub fn new(code: &str) -> Formats {
        let locale: Locale = code.parse().unwrap_or(Locale::UNKNOWN);
        let prefs = (&locale).into();
        let date = |set: YMD| {
            FixedCalendarDateTimeFormatter::try_new(prefs, set)
                .expect("compiled CLDR data has date formats for every locale")
        };
        let date_time = |set: YMDT| {
            FixedCalendarDateTimeFormatter::try_new(prefs, set)
                .expect("compiled CLDR data has date-time formats for every locale")
        };
        let month_day = |set: MD| {
            FixedCalendarDateTimeFormatter::try_new(prefs, set)
                .expect("compiled CLDR data has month-day formats for every locale")
        };
        Formats {
            dates: [date(YMD::long()), date(YMD::medium()), date(YMD::short())],
            date_times: [
                date_time(YMDT::long().with_time_precision(TimePrecision::Minute)),
                date_time(YMDT::medium().with_time_precision(TimePrecision::Minute)),
                date_time(YMDT::short().with_time_precision(TimePrecision::Minute)),
            ],
            month_days: [
                month_day(MD::long()),
                month_day(MD::medium()),
                month_day(MD::short()),
            ],
            day: FixedCalendarDateTimeFormatter::try_new(prefs, D::short())
                .expect("compiled CLDR data has day formats for every locale"),
            time: FixedCalendarDateTimeFormatter::try_new(prefs, T::hm())
                .expect("compiled CLDR data has time formats for every locale"),
            numbers: Numbers::new(&locale),
            month: FixedCalendarDateTimeFormatter::try_new(prefs, YM::long())
                .expect("compiled CLDR data has month formats for every locale"),
            zone: NoCalendarFormatter::try_new(prefs, SpecificLong)
                .expect("compiled CLDR data has time zone names for every locale"),
            lists: {
                let options = ListFormatterOptions::default().with_length(ListLength::Wide);
                let list_prefs = (&locale).into();
                [
                    ListFormatter::try_new_and(list_prefs, options)
                        .expect("compiled CLDR data has list patterns for every locale"),
                    ListFormatter::try_new_or(list_prefs, options)
                        .expect("compiled CLDR data has list patterns for every locale"),
                    ListFormatter::try_new_unit(list_prefs, options)
                        .expect("compiled CLDR data has list patterns for every locale"),
                ]
            },
        }
    }

    /// The date, with its time of day when it has one; with [`Style::Month`], its month.
    pub fn date(&self, m: &Moment, style: Style) -> String {
        let date = gregorian(m);
        if style == Style::Month {
            return self.month.format(&date).to_string();
        }
        match m.time {
            Some(t) => self.date_times[style.index()]
                .format(&DateTime {
                    date,
                    time: time(t),
                })
                .to_string(),
            None => self.dates[style.index()].format(&date).to_string(),
        }
    }

    /// A range of days (`22.–25. Oktober 2024`, `October 22–25, 2024`); times are not part of
    /// it (see [`Self::time`]).
    ///
    /// Built from ICU's single-date formats: ICU4X 2.4 has CLDR interval formats only behind its
    /// `unstable` feature, and there they panic for the long style in de, en, fr and sl
    /// ("NamesNotLoaded"), measured with every style and locale we ship. Within one month the
    /// end date's day is replaced by "start–end day", which follows the locale's own order of
    /// day, month and year; across months the start is given without its year.
    pub fn date_range(&self, start: &Moment, end: &Moment, style: Style) -> String {
        let (a, b) = (gregorian(start), gregorian(end));
        let full = |d: &Date<Gregorian>| self.dates[style.index()].format(d).to_string();
        if a == b {
            return full(&a);
        }
        let same_year = a.era_year().extended_year == b.era_year().extended_year;
        let same_month = same_year && a.month().ordinal == b.month().ordinal;
        if style == Style::Short || !same_year {
            return format!("{} – {}", full(&a), full(&b));
        }
        if same_month {
            let end_full = full(&b);
            let mut end_day = self.day.format(&b).to_string();
            let mut start_day = self.day.format(&a).to_string();
            if let Some(pos) = end_full.find(&end_day) {
                // The ordinal dot of German or Slovenian dates belongs to each day.
                if end_full[pos + end_day.len()..].starts_with('.') {
                    end_day.push('.');
                    start_day.push('.');
                }
                return format!(
                    "{}{start_day}–{end_day}{}",
                    &end_full[..pos],
                    &end_full[pos + end_day.len()..]
                );
            }
        }
        format!(
            "{} – {}",
            self.month_days[style.index()].format(&a),
            full(&b)
        )
    }

    /// The time of day (`10:00`, `10:00 AM`), or `None` for a date without one.
    pub fn time(&self, m: &Moment) -> Option<String> {
        let t = m.time?;
        Some(self.time.format(&time(t)).to_string())
    }

    /// The name of the time zone in effect at `m` (`Mitteleuropäische Sommerzeit`): of the
    /// IANA zone `timezone` when given, else of the moment's UTC offset (`GMT+01:00`); `None`
    /// for a date without time or a time without zone or offset.
    pub fn zone(&self, m: &Moment, timezone: Option<&str>) -> Option<String> {
        use icu::time::zone::ZoneNameTimestamp;
        use icu::time::{TimeZone, zone::UtcOffset};
        let t = m.time?;
        let civil = m.date.to_datetime(t);
        let (id, offset) = match (timezone, m.offset) {
            (Some(name), _) => {
                let tz = jiff::tz::TimeZone::get(name).ok()?;
                let offset = tz.to_offset(tz.to_timestamp(civil).ok()?).seconds();
                (TimeZone::from_iana_id(name), offset)
            }
            (None, Some(offset)) => (TimeZone::UNKNOWN, offset),
            (None, None) => return None,
        };
        let local = jiff::tz::Offset::from_seconds(offset).ok()?;
        let instant = local.to_timestamp(civil).ok()?;
        let info = id
            .with_offset(UtcOffset::try_from_seconds(offset).ok())
            .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(instant.as_second()));
        Some(self.zone.format(&info).to_string())
    }

    /// `items` joined as the language joins lists (`A, B und C`).
    pub fn list(&self, items: &[String], style: ListStyle) -> String {
        self.lists[style as usize].format_to_string(items.iter().map(String::as_str))
    }

    pub fn number(&self, value: f64) -> String {
        self.numbers.format(value, 0)
    }
}

/// Numbers per locale (`1.234,5` in German, `1,234.5` in English): for `number()` in templates
/// and for the numbers passed to Fluent messages.
pub struct Numbers {
    decimal: DecimalFormatter,
}

impl Numbers {
    pub fn new(locale: &Locale) -> Numbers {
        Numbers {
            decimal: DecimalFormatter::try_new(locale.into(), Default::default())
                .expect("compiled CLDR data has number formats for every locale"),
        }
    }

    /// `value` with at least `min_fraction_digits` digits after the decimal separator.
    pub fn format(&self, value: f64, min_fraction_digits: i16) -> String {
        // The shortest representation that round-trips, then grouped and localised by ICU.
        match format!("{value}").parse::<fixed_decimal::Decimal>() {
            Ok(mut d) => {
                d.pad_end(-min_fraction_digits);
                self.decimal.format_to_string(&d)
            }
            Err(_) => value.to_string(),
        }
    }
}

/// Built by Fluent once per bundle, the first time a message formats a number.
impl intl_memoizer::Memoizable for Numbers {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        let locale: Locale = lang.to_string().parse().unwrap_or(Locale::UNKNOWN);
        Ok(Numbers::new(&locale))
    }
}

fn gregorian(m: &Moment) -> Date<Gregorian> {
    Date::try_new_gregorian(
        i32::from(m.date.year()),
        m.date.month() as u8,
        m.date.day() as u8,
    )
    .expect("a validated civil date is a Gregorian date")
}

fn time(t: jiff::civil::Time) -> Time {
    Time::try_new(t.hour() as u8, t.minute() as u8, t.second() as u8, 0)
        .expect("a validated civil time is a time")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Moment {
        Moment::parse(s).unwrap()
    }

    #[test]
    fn ranges_per_locale() {
        let (a, b) = (m("2024-10-22"), m("2024-10-25"));
        assert_eq!(
            Formats::new("de").date_range(&a, &b, Style::Long),
            "22.–25. Oktober 2024"
        );
        assert_eq!(
            Formats::new("en").date_range(&a, &b, Style::Long),
            "October 22–25, 2024"
        );
        assert_eq!(
            Formats::new("en-GB").date_range(&a, &b, Style::Long),
            "22–25 October 2024"
        );
        assert_eq!(
            Formats::new("ca").date_range(&a, &b, Style::Long),
            "22–25 d’octubre del 2024"
        );
        let c = m("2024-09-30");
        assert_eq!(
            Formats::new("de").date_range(&c, &b, Style::Long),
            "30. September – 25. Oktober 2024"
        );
        let d = m("2023-12-30");
        assert_eq!(
            Formats::new("en").date_range(&d, &a, Style::Long),
            "December 30, 2023 – October 22, 2024"
        );
    }

    #[test]
    fn dates_and_numbers() {
        assert_eq!(
            Formats::new("de").date(&m("2024-10-22"), Style::Long),
            "22. Oktober 2024"
        );
        assert_eq!(Formats::new("de").number(1234.5), "1.234,5");
        assert_eq!(
            Formats::new("ca").time(&m("2024-10-22T09:30:00")).unwrap(),
            "9:30"
        );
        assert_eq!(
            Formats::new("de").date(&m("2024-10-22"), Style::Month),
            "Oktober 2024"
        );
    }

    #[test]
    fn lists_and_zones_per_locale() {
        let names = ["Deutsch", "Català", "English"].map(String::from);
        assert_eq!(
            Formats::new("de").list(&names, ListStyle::And),
            "Deutsch, Català und English"
        );
        assert_eq!(
            Formats::new("es").list(&names, ListStyle::Or),
            "Deutsch, Català o English"
        );
        let start = m("2024-10-22T09:30:00");
        assert_eq!(
            Formats::new("de")
                .zone(&start, Some("Europe/Madrid"))
                .unwrap(),
            "Mitteleuropäische Sommerzeit"
        );
        assert_eq!(
            Formats::new("en")
                .zone(&m("2021-05-26T10:00:00+01:00"), None)
                .unwrap(),
            "GMT+01:00"
        );
        assert_eq!(Formats::new("en").zone(&m("2024-10-22"), None), None);
    }
}
